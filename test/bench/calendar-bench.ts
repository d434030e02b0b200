/**
 * The bed calendar's budgets (docs/architecture.md, Budgets: a month of 20 beds interactive in under 200 ms, a
 * month change under 150 ms, the first chunk under 500 kB), on the large generated facility
 * behind the real browser host, the built renderer in Chromium — and beside each figure the same
 * month drawn by FullCalendar alone (test/bench/bare/), so the app's own cost shows as a ratio.
 * Needs a build (TOMARI_OUT_DIR, as for the end-to-end tests). Run alone: `tsx test/bench/calendar-bench.ts`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { addDays } from '../../shared/domain/dates';
import { launchBrowser } from '../e2e/support/browser';
import { buildBarePage } from './bare-page';
import { startBundle } from './bundle-size';
import { OUT_DIR, seedFacility, startFacilityHost, type SeededFacility } from './facility';

/** What a bench run needs of the seeded facility: its folder and whom to sign in as. */
type BenchData = Pick<SeededFacility, 'dataDir' | 'managerId' | 'keys'>;
import { formatTiming, quantile, summarize, type Timing } from './stats';

/**
 * The calendar alone, without the app's start: from clicking its tab in the running app (data
 * not cached: the app starts on another screen each run) to the month's bars drawn, timed in
 * the page (measureCalendarTab).
 */
export function benchCalendarSwitch(seeded: BenchData, runs = 7): Promise<Timing> {
  return benchCalendarTab(seeded, runs);
}

/** The same month drawn by the app and by the bare FullCalendar page, alternating. */
export interface CalendarVersusBare {
  /** From opening the page to the month's bars drawn and the page settled. */
  appOpen: Timing;
  bareOpen: Timing;
  /** From clicking 次 (next) to the next month's bars drawn and the page settled. */
  appNext: Timing;
  bareNext: Timing;
  /**
   * The app's time over the bare page's, pair by pair (each pair run back to back): the median
   * and the middle half of the pairs (first to third quartile), which shows the bench's noise.
   */
  openRatio: PairedRatio;
  nextRatio: PairedRatio;
}

interface PairedRatio {
  median: number;
  low: number;
  high: number;
}

/** app/bare over samples taken in pairs: a busy moment slows both of a pair. */
function pairedRatio(app: readonly number[], bare: readonly number[]): PairedRatio {
  const ratios = app.map((a, i) => a / bare[i]!);
  return {
    median: quantile(ratios, 0.5),
    low: quantile(ratios, 0.25),
    high: quantile(ratios, 0.75),
  };
}

/**
 * Records the time of the latest change to what the page shows (its body), from its very start:
 * a page has "settled" when nothing changed for a while, and its settle time is that last
 * change. FullCalendar draws synchronously, so a month drawn three times shows up as a later
 * last change, not as noise. Changes to <head> (style sheets, preloaded code) show nothing.
 */
const RECORD_CHANGES = `(() => {
  const state = { last: 0 };
  Object.defineProperty(window, '__tomariBench', { value: state });
  new MutationObserver((changes) => {
    if (changes.some((c) => !(document.head && document.head.contains(c.target)))) {
      state.last = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/** How long nothing may change before the page counts as settled. */
const QUIET_MS = 300;

/** The page's clock (ms since its navigation began) at its last DOM change, once settled. */
async function settledAt(page: Page): Promise<number> {
  type Recorder = { __tomariBench: { last: number } };
  await page.waitForFunction(
    (quiet) => performance.now() - (window as unknown as Recorder).__tomariBench.last >= quiet,
    QUIET_MS,
    { polling: 50, timeout: 20_000 },
  );
  return page.evaluate(() => (window as unknown as Recorder).__tomariBench.last);
}

/**
 * One sample of a page (app or bare): open it, wait for the month's bars and the page to settle
 * (time since navigation), then click 次 in the page and wait for the next month to settle.
 * `nextBar`, when given, is a bar that must be drawn in the next month.
 */
async function sampleCalendarPage(
  page: Page,
  url: string,
  nextBar?: string,
): Promise<{ open: number; next: number }> {
  await page.addInitScript(RECORD_CHANGES);
  await page.goto(url);
  await page.locator('.fc-timeline-event').first().waitFor({ timeout: 20_000 });
  const open = await settledAt(page);
  const title = await page.locator('.fc-toolbar-title').textContent();
  const clickedAt = await page.evaluate(() => {
    const at = performance.now();
    document.querySelector<HTMLElement>('.fc-next-button')?.click();
    return at;
  });
  await page.waitForFunction(
    (old) => document.querySelector('.fc-toolbar-title')?.textContent !== old,
    title,
  );
  if (nextBar !== undefined) await page.locator(nextBar).waitFor({ timeout: 20_000 });
  const next = (await settledAt(page)) - clickedAt;
  return { open, next };
}

/**
 * The app against the bare FullCalendar page (test/bench/bare/) on the same data, in one
 * Chromium, alternating which goes first; one warm-up round of each is left out.
 */
export async function benchCalendarVersusBare(
  seeded: BenchData,
  bareDir: string,
  stayStartingNextMonth: string,
  runs = 11,
): Promise<CalendarVersusBare> {
  const host = await startFacilityHost(seeded, { bareDir });
  const browser = await launchBrowser();
  try {
    const app: { open: number[]; next: number[] } = { open: [], next: [] };
    const bare: { open: number[]; next: number[] } = { open: [], next: [] };
    const sample = async (url: string, into: typeof app, nextBar?: string, keep = true) => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      try {
        const { open, next } = await sampleCalendarPage(page, url, nextBar);
        if (keep) {
          into.open.push(open);
          into.next.push(next);
        }
      } finally {
        await page.close();
      }
    };
    const appBar = `[data-testid="calendar-stay-${stayStartingNextMonth}"]`;
    for (let i = 0; i <= runs; i++) {
      const keep = i > 0;
      if (i % 2 === 0) {
        await sample(host.appUrl, app, appBar, keep);
        await sample(host.bareUrl!, bare, undefined, keep);
      } else {
        await sample(host.bareUrl!, bare, undefined, keep);
        await sample(host.appUrl, app, appBar, keep);
      }
    }
    return {
      appOpen: summarize(app.open),
      bareOpen: summarize(bare.open),
      appNext: summarize(app.next),
      bareNext: summarize(bare.next),
      openRatio: pairedRatio(app.open, bare.open),
      nextRatio: pairedRatio(app.next, bare.next),
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

async function benchCalendarTab(seeded: BenchData, runs: number): Promise<Timing> {
  const host = await startFacilityHost(seeded);
  try {
    return await measureCalendarTab(host, runs);
  } finally {
    await host.close();
  }
}

/**
 * Records, in the page's own clock, when the pointer went down on a tab and when the first
 * calendar bar was in the page after it. The click is timed from the page's side: timed from
 * the driver, it also held Playwright's own work before it clicks (finding the tab, waiting for
 * it to stand still, scrolling it into view: 100–140 ms on this machine), which no user waits for.
 */
const RECORD_TAB_CLICK = `(() => {
  const state = { down: 0, bar: 0 };
  Object.defineProperty(window, '__tomariTab', { value: state });
  document.addEventListener('pointerdown', () => { state.down = performance.now(); state.bar = 0; }, true);
  new MutationObserver(() => {
    if (state.down && !state.bar && document.querySelector('[data-testid^="calendar-stay-"]')) {
      state.bar = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
})()`;

/**
 * The calendar tab of a running host: from the pointer going down on its tab (the app started
 * on another screen, so nothing is cached) to the month's first bar drawn, in the page's clock;
 * one warm-up run left out.
 */
export async function measureCalendarTab(
  host: { url: string; appUrl: string },
  runs: number,
): Promise<Timing> {
  const browser = await launchBrowser();
  try {
    const { appUrl } = host;
    const samples: number[] = [];
    // One warm-up: the first load also pays for compiling the bundle and the host's first reads.
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.addInitScript(RECORD_TAB_CLICK);
      await page.goto(appUrl);
      await page.waitForFunction(() => !location.hash.includes('token='));
      await page.goto(`${host.url}#/beds`);
      await page.getByRole('tab', { name: 'ベッド予約台帳' }).waitFor();
      await page.getByRole('tab', { name: 'ベッド予約台帳' }).click();
      await page
        .locator('[data-testid^="calendar-stay-"]')
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: join(tmpdir(), 'tomari-bench-calendar-failed.png') });
          throw error;
        });
      type Recorder = { __tomariTab: { down: number; bar: number } };
      const { down, bar } = await page.evaluate(() => (window as unknown as Recorder).__tomariTab);
      if (i > 0) samples.push(bar - down);
      await page.close();
    }
    return summarize(samples);
  } finally {
    await browser.close();
  }
}

const times = (ratio: number) => `${ratio.toFixed(2)}×`;
/** `1.56×   (middle half of the pairs: 1.48–1.63×)`: the figure, then its spread. */
const ratioLine = ({ median, low, high }: PairedRatio) =>
  `${times(median)}   (middle half of the pairs: ${low.toFixed(2)}–${times(high)})`;

/** Every calendar figure, printed: the tab click, then the app beside the bare page, then sizes. */
export async function printCalendarBench(seeded: SeededFacility): Promise<void> {
  const { facility, today } = seeded;
  const bareDir = await buildBarePage();
  // The calendar opens on this month; a stay starting mid next month is drawn after 次.
  const nextMonth = addDays(`${today.slice(0, 7)}-01`, 45).slice(0, 7);
  const nextMonthStay = facility.stays.find(
    (s) => s.start.startsWith(nextMonth) && s.start.slice(8) >= '10' && s.status !== 'cancelled',
  );
  if (!nextMonthStay) throw new Error('the generated facility has no stay next month');
  const tab = await benchCalendarSwitch(seeded);
  const versus = await benchCalendarVersusBare(seeded, bareDir, nextMonthStay.id);
  console.log(formatTiming('calendar month, 20 beds: tab click → interactive', tab, '< 200 ms'));
  console.log(
    formatTiming('calendar month, 20 beds: app start → settled', versus.appOpen, '< 1.5 s'),
  );
  console.log(formatTiming('  bare FullCalendar: page open → settled', versus.bareOpen));
  console.log(
    `calendar month vs bare FullCalendar: ${ratioLine(versus.openRatio)}   goal: ≤ 1.25×`,
  );
  console.log(formatTiming('calendar: next month (次) → bars settled', versus.appNext, '< 150 ms'));
  console.log(formatTiming('  bare FullCalendar: next month → settled', versus.bareNext));
  console.log(
    `calendar next month vs bare FullCalendar: ${ratioLine(versus.nextRatio)}   goal: ≤ 1.15×`,
  );
  const app = await startBundle(join(OUT_DIR, 'renderer'));
  const bare = await startBundle(bareDir);
  console.log(
    `first renderer chunk ${app.entry.name}: ${app.entry.kB.toFixed(0)} kB (budget ≤ 500 kB); ` +
      `JS loaded at start ${app.totalKB.toFixed(0)} kB in ${app.files} files; ` +
      `bare FullCalendar page ${bare.totalKB.toFixed(0)} kB in ${bare.files}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = async () => {
    const seeded = await seedFacility();
    try {
      await printCalendarBench(seeded);
    } finally {
      await seeded.dispose();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
