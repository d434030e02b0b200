/**
 * The bed calendar's budget (DESIGN.md §4: a month of 20 beds interactive in under 200 ms): the
 * large generated facility behind the real browser host, the built renderer in Chromium. One
 * sample is the time from navigating to the app (which opens on the calendar's month view) until
 * the stays of the month are drawn as bars that can be clicked and dragged.
 * Needs a build (TOMARI_OUT_DIR, as for the end-to-end tests). Run alone: `tsx test/bench/calendar-bench.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayInJapan } from '../../shared/domain/dates';
import { openStore } from '../../main/storage/store';
import { launchBrowser } from '../e2e/support/browser';
import { generateFacility } from './generate';
import { summarize, type Timing } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');

function startHost(dataDir: string, token: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'main/host/cli.ts'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--token',
      token,
      // The build to serve: TOMARI_OUT_DIR when set, as for the end-to-end tests.
      '--static-dir',
      join(resolve(ROOT, process.env.TOMARI_OUT_DIR ?? 'out'), 'renderer'),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: process.env.TZ ?? 'Asia/Tokyo' },
    },
  );
  return new Promise((ready, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Tomari host listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ready({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
  });
}

/** Opens the calendar month view of the large facility `runs` times; timings in ms. */
export function benchCalendarOpen(runs = 7): Promise<Timing> {
  return benchCalendar(runs, 'navigation');
}

/**
 * The calendar alone, without the app's start: from clicking its tab in the running app (data
 * not cached: the app starts on another screen each run) to the month's bars drawn.
 */
export function benchCalendarSwitch(runs = 7): Promise<Timing> {
  return benchCalendar(runs, 'tab');
}

async function benchCalendar(runs: number, from: 'navigation' | 'tab'): Promise<Timing> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-bench-calendar-'));
  const today = todayInJapan(new Date());
  const token = `bench-${Math.random().toString(36).slice(2)}`;
  let host: ChildProcess | undefined;
  const browser = await launchBrowser();
  try {
    const facility = generateFacility(today);
    const store = await openStore({ dataDir, now: () => new Date() });
    await store.repo.apply(facility.changes);
    await store.close();
    const started = await startHost(dataDir, token);
    host = started.child;
    const appUrl = `${started.url}#token=${token}`;
    const samples: number[] = [];
    // One warm-up: the first load also pays for compiling the bundle and the host's first reads.
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      if (from === 'tab') {
        await page.goto(`${started.url}#token=${token}`);
        await page.waitForFunction(() => !location.hash.includes('token='));
        await page.goto(`${started.url}#/beds`);
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
    if (host && host.exitCode === null) {
      const exited = new Promise((done) => host?.once('exit', done));
      host.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const line = (name: string, t: Timing) =>
    `${name}: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms (${t.runs} runs), budget < 200 ms`;
  benchCalendarOpen()
    .then(async (open) => {
      console.log(line('calendar month of 20 beds, navigation → interactive', open));
      console.log(
        line('calendar month of 20 beds, tab click → interactive', await benchCalendarSwitch()),
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
