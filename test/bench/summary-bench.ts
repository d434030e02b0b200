/**
 * Time to produce printed stay summaries (利用記録) as A4 PDFs in Chromium, on the generated
 * large facility: the built renderer served by the browser host over the real store, each
 * summary opened at its print route and printed with page.pdf. The lead calls
 * `benchSummaryPdf()` from `npm run bench`; run alone with `tsx test/bench/summary-bench.ts`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHost } from '../../main/host/server';
import { startTomari } from '../../main/runtime';
import { openStore } from '../../main/storage/store';
import { todayInJapan } from '../../shared/domain/dates';
import { launchBrowser } from '../e2e/support/browser';
import { openApp } from '../e2e/support/pages';
import { generateFacility } from './generate';
import { formatTiming, time, type Timing } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface SummaryBench {
  one: Timing;
  month: Timing;
  /** Summaries in each month's batch (the month measured first). */
  monthStays: number;
}

function previousMonth(month: string, back: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export async function benchSummaryPdf(
  options = { oneRuns: 20, monthRuns: 5 },
): Promise<SummaryBench> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-bench-summary-'));
  const today = todayInJapan(new Date());
  const facility = generateFacility(today);
  const seeded = await openStore({ dataDir, now: () => new Date() });
  await seeded.repo.apply(facility.changes);
  await seeded.close();

  const runtime = await startTomari({ dataDir, actor: 'bench' });
  const token = randomBytes(16).toString('base64url');
  const host = await startHost({
    dispatch: runtime.dispatch,
    token,
    port: 0,
    staticDir: join(resolve(ROOT, process.env.TOMARI_OUT_DIR ?? 'out'), 'renderer'),
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const appUrl = `${host.url}#token=${token}`;
    // Each run opens the app afresh at the print route, as the Electron print window does, and
    // a different stay each time, so nothing is served from a cache.
    const recent = facility.stays
      .filter((s) => s.kind === 'experience' && s.status === 'completed')
      .slice(-options.oneRuns - 1);
    const printRoute = async (route: string) => {
      await openApp(page, appUrl, route);
      await page.locator('[data-print-ready]').waitFor({ timeout: 60_000 });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    await printRoute(`/print/summary/${recent[0]!.id}`); // warm-up: bundle and fonts
    const one = await time(options.oneRuns, (i) =>
      printRoute(`/print/summary/${recent[(i % (recent.length - 1)) + 1]!.id}`),
    );
    const lastMonth = previousMonth(today.slice(0, 7), 1);
    const monthStays = facility.stays.filter(
      (s) => s.end.startsWith(lastMonth) && s.status !== 'tentative',
    ).length;
    const month = await time(options.monthRuns, (i) =>
      printRoute(`/print/summaries/${previousMonth(lastMonth, i)}`),
    );
    return { one, month, monthStays };
  } finally {
    await browser.close();
    await host.close();
    await runtime.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchSummaryPdf()
    .then(({ one, month, monthStays }) => {
      console.log(formatTiming('one stay summary PDF (A4, Chromium)', one));
      console.log(formatTiming(`a month's summaries PDF (${monthStays} stays)`, month));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
