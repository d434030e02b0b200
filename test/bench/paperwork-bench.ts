/**
 * The month's paperwork on the generated facility: every guest's 実績記録票 of a busy month
 * (the service's answer, and the one A4 PDF Chromium prints of it) and the yearly report (its
 * answer and its PDF). `npm run bench` calls `benchPaperwork()`; run alone with
 * `tsx test/bench/paperwork-bench.ts`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startTomari } from '../../main/runtime';
import { fiscalYearOf, stayDates } from '../../shared/domain/dates';
import { monthRange } from '../../shared/paperwork/days-of-use';
import { chromiumPath, launchBrowser } from '../e2e/support/browser';
import { openApp } from '../e2e/support/pages';
import { seedFacility, signInManager, startFacilityHost, type SeededFacility } from './facility';
import { formatTiming, time, type Timing } from './stats';

export interface PaperworkBench {
  month: string;
  guests: number;
  daysOfUse: number;
  monthRecords: Timing;
  monthCsv: Timing;
  fiscalYear: number;
  yearReport: Timing;
  /** Absent without Chromium. */
  monthPdf?: Timing;
  pages?: number;
  yearPdf?: Timing;
}

/** The past month with the most guests (the busiest one the desk has printed). */
export function busiestMonth(seeded: Pick<SeededFacility, 'facility' | 'today'>): string {
  const guests = new Map<string, Set<string>>();
  for (const stay of seeded.facility.stays) {
    if (stay.status !== 'completed') continue;
    for (const date of stayDates(stay.start, stay.end)) {
      const month = date.slice(0, 7);
      if (month >= seeded.today.slice(0, 7)) continue;
      guests.set(month, (guests.get(month) ?? new Set()).add(stay.personId));
    }
  }
  return [...guests].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? 1 : -1))[0]![0];
}

/** Pages of a PDF, read by poppler's pdfinfo; undefined where poppler is not installed. */
async function pageCount(pdf: Uint8Array): Promise<number | undefined> {
  const folder = await mkdtemp(join(tmpdir(), 'tomari-bench-pdf-'));
  try {
    const path = join(folder, 'records.pdf');
    await writeFile(path, pdf);
    const { stdout } = await promisify(execFile)('pdfinfo', [path]);
    return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  } catch {
    return undefined;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A call as the signed-in bench manager (the paperwork is the desk's and the manager's). */
async function call(
  runtime: { started: Awaited<ReturnType<typeof startTomari>>; session: string },
  channel: string,
  input: unknown,
): Promise<unknown> {
  const answer = await runtime.started.dispatch(channel, input, { session: runtime.session });
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

export async function benchPaperwork(
  seeded: Pick<SeededFacility, 'dataDir' | 'facility' | 'today' | 'managerId' | 'keys'>,
  options = { serviceRuns: 20, pdfRuns: 5 },
): Promise<PaperworkBench> {
  const month = busiestMonth(seeded);
  const fiscalYear = fiscalYearOf(seeded.today) - 1;
  const started = await startTomari({ keys: seeded.keys, dataDir: seeded.dataDir });
  const runtime = { started, session: await signInManager(started, seeded.managerId) };
  let guests = 0;
  let daysOfUse = 0;
  let result: PaperworkBench;
  try {
    const records = (await call(runtime, 'records.monthAll', { month })) as { days: unknown[] }[];
    guests = records.length;
    daysOfUse = records.reduce((sum, r) => sum + r.days.length, 0);
    const monthRecords = await time(options.serviceRuns, () =>
      call(runtime, 'records.monthAll', { month }),
    );
    const monthCsv = await time(options.serviceRuns, () =>
      call(runtime, 'reports.csv', { report: 'monthly-records', ...monthRange(month) }),
    );
    const yearReport = await time(options.serviceRuns, () =>
      call(runtime, 'reports.year', { fiscalYear }),
    );
    result = { month, guests, daysOfUse, monthRecords, monthCsv, fiscalYear, yearReport };
  } finally {
    await started.close();
  }
  if (!chromiumPath) return result;

  const host = await startFacilityHost(seeded);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const printRoute = async (route: string) => {
      await openApp(page, host.appUrl, route);
      await page.locator('[data-print-ready]').waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const first = await printRoute(`/print/records/${month}`); // warm-up: bundle and fonts
    const pages = await pageCount(first);
    const monthPdf = await time(options.pdfRuns, () => printRoute(`/print/records/${month}`));
    await printRoute(`/print/year/${fiscalYear}`);
    const yearPdf = await time(options.pdfRuns, () => printRoute(`/print/year/${fiscalYear}`));
    return { ...result, monthPdf, pages, yearPdf };
  } finally {
    await browser.close();
    await host.close();
  }
}

export function paperworkLines(b: PaperworkBench): string[] {
  const lines = [
    formatTiming(
      `month's records, every guest (${b.guests} guests, ${b.daysOfUse} days)`,
      b.monthRecords,
    ),
    formatTiming("month's records as CSV (reports.csv)", b.monthCsv),
    formatTiming(`yearly report (reports.year, FY${b.fiscalYear})`, b.yearReport),
  ];
  if (b.monthPdf) {
    lines.push(
      formatTiming(`month's 実績記録票 PDF (${b.month}, ${b.pages ?? '?'} pages)`, b.monthPdf),
    );
  }
  if (b.yearPdf) lines.push(formatTiming('yearly report PDF (A4, Chromium)', b.yearPdf));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = async () => {
    const seeded = await seedFacility();
    try {
      for (const line of paperworkLines(await benchPaperwork(seeded))) console.log(line);
    } finally {
      await seeded.dispose();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
