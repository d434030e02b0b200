/**
 * Time to produce printed stay summaries (利用記録) as A4 PDFs in Chromium, on the generated
 * large facility: the built renderer served by the browser host over the real store, each
 * summary opened at its print route and printed with page.pdf. `npm run bench` calls
 * `benchSummaryPdf()`; run alone with `tsx test/bench/summary-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/support/browser';
import { openApp } from '../e2e/support/pages';
import { seedFacility, startFacilityHost, type SeededFacility } from './facility';
import { formatTiming, time, type Timing } from './stats';

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
  seeded: Pick<SeededFacility, 'dataDir' | 'facility' | 'today' | 'managerId' | 'keys'>,
  options = { oneRuns: 20, monthRuns: 5 },
): Promise<SummaryBench> {
  const { facility, today } = seeded;
  const host = await startFacilityHost(seeded);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const { appUrl } = host;
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
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = async () => {
    const seeded = await seedFacility();
    try {
      const { one, month, monthStays } = await benchSummaryPdf(seeded);
      console.log(formatTiming('one stay summary PDF (A4, Chromium)', one));
      console.log(formatTiming(`a month's summaries PDF (${monthStays} stays)`, month));
    } finally {
      await seeded.dispose();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
