/**
 * The bed calendar's budget (DESIGN.md §4: a month of 20 beds interactive in under 200 ms): the
 * large generated facility behind the real browser host, the built renderer in Chromium. One
 * sample is the time from navigating to the app (which opens on the calendar's month view) until
 * the stays of the month are drawn as bars that can be clicked and dragged.
 * Needs a build (TOMARI_OUT_DIR, as for the end-to-end tests). Run alone: `tsx test/bench/calendar-bench.ts`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/support/browser';
import { seedFacility, startFacilityHost } from './facility';
import { formatTiming, summarize, type Timing } from './stats';

/** Opens the calendar month view of the large facility `runs` times; timings in ms. */
export function benchCalendarOpen(dataDir: string, runs = 7): Promise<Timing> {
  return benchCalendar(dataDir, runs, 'navigation');
}

/**
 * The calendar alone, without the app's start: from clicking its tab in the running app (data
 * not cached: the app starts on another screen each run) to the month's bars drawn.
 */
export function benchCalendarSwitch(dataDir: string, runs = 7): Promise<Timing> {
  return benchCalendar(dataDir, runs, 'tab');
}

/**
 * Showing another month inside the open calendar: from clicking 次 (next) to a bar of a stay that
 * starts in the next month drawn. The calendar stays mounted; its data is fetched on the way.
 */
export async function benchCalendarNextMonth(
  dataDir: string,
  stayStartingNextMonth: string,
  runs = 7,
): Promise<Timing> {
  const host = await startFacilityHost(dataDir);
  const browser = await launchBrowser();
  try {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(host.appUrl);
      await page.locator('[data-testid^="calendar-stay-"]').first().waitFor({ timeout: 20_000 });
      const start = performance.now();
      await page.locator('.fc-next-button').click();
      await page.getByTestId(`calendar-stay-${stayStartingNextMonth}`).waitFor({ timeout: 20_000 });
      const elapsed = performance.now() - start;
      if (i > 0) samples.push(elapsed);
      await page.close();
    }
    return summarize(samples);
  } finally {
    await browser.close();
    await host.close();
  }
}

async function benchCalendar(
  dataDir: string,
  runs: number,
  from: 'navigation' | 'tab',
): Promise<Timing> {
  const host = await startFacilityHost(dataDir);
  const browser = await launchBrowser();
  try {
    const { appUrl } = host;
    const samples: number[] = [];
    // One warm-up: the first load also pays for compiling the bundle and the host's first reads.
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      if (from === 'tab') {
        await page.goto(appUrl);
        await page.waitForFunction(() => !location.hash.includes('token='));
        await page.goto(`${host.url}#/beds`);
        await page.getByRole('tab', { name: 'ベッド予約台帳' }).waitFor();
      }
      const start = performance.now();
      if (from === 'tab') await page.getByRole('tab', { name: 'ベッド予約台帳' }).click();
      else await page.goto(appUrl);
      await page
        .locator('[data-testid^="calendar-stay-"]')
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: join(tmpdir(), 'tomari-bench-calendar-failed.png') });
          throw error;
        });
      const elapsed = performance.now() - start;
      if (i > 0) samples.push(elapsed);
      await page.close();
    }
    return summarize(samples);
  } finally {
    await browser.close();
    await host.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = async () => {
    const seeded = await seedFacility();
    try {
      const budget = '< 200 ms';
      const open = await benchCalendarOpen(seeded.dataDir);
      console.log(formatTiming('calendar month, 20 beds: app start → interactive', open, budget));
      const tab = await benchCalendarSwitch(seeded.dataDir);
      console.log(formatTiming('calendar month, 20 beds: tab click → interactive', tab, budget));
    } finally {
      await seeded.dispose();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
