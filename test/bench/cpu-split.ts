/**
 * Where the main thread's time goes while the calendar is first drawn, the app beside the bare
 * FullCalendar page: builds both as the bench does but with source maps (into the temp folder),
 * takes a CPU profile of RUNS starts of each (6 by default, one more of each left out as a
 * warm-up, every start in a fresh browser context, so nothing is cached), maps every sample to
 * the package or source folder its code came from, and prints the medians by part of the app
 * (zod, Emotion, MUI, React Router, …) with the difference the app makes. Wall-clock ratios
 * move with the machine's load by ±0.1×; the time spent in each part moves much less, so this
 * is the tool for deciding what is worth taking out of the first render.
 * A tool, not a bench (no figures kept): `tsx test/bench/cpu-split.ts`.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Plugin } from 'vite';
import { launchBrowser } from '../e2e/support/browser';
import { buildBarePage } from './bare-page';
import { seedFacility, startFacilityHost } from './facility';
import { selfTimeByNode, type CpuProfile } from './cpu-profile';
import { buildRendererWith, moduleName, packageOf } from './renderer-build';
import { quantile } from './stats';

/** The parts a sample is counted in, by the package (or our folder) its code came from. */
const PARTS: [string, (pkg: string) => boolean][] = [
  ['zod (schemas, answer checks)', (p) => p === 'nm:zod'],
  ['Emotion and stylis (MUI styles)', (p) => p.startsWith('nm:@emotion') || p === 'nm:stylis'],
  ['MUI components', (p) => p.startsWith('nm:@mui') || p.startsWith('nm:@base-ui')],
  ['React Router', (p) => p === 'nm:react-router'],
  ['i18next', (p) => p === 'nm:i18next' || p === 'nm:react-i18next'],
  ['TanStack Query', (p) => p.startsWith('nm:@tanstack')],
  ['React', (p) => ['nm:react', 'nm:react-dom', 'nm:scheduler'].includes(p)],
  ['FullCalendar (and preact)', (p) => p.startsWith('nm:@fullcalendar') || p === 'nm:preact'],
  ['our code (renderer/, shared/)', (p) => /^(renderer|shared|test)\//.test(p)],
];

function partOf(pkg: string): string {
  return (
    PARTS.find(([, test]) => test(pkg))?.[0] ?? (pkg.startsWith('nm:') ? 'other packages' : pkg)
  );
}

/** Maps a profile's frames to packages through the build's source maps. */
class Sources {
  private readonly maps = new Map<string, TraceMap | null>();
  constructor(private readonly dirs: string[]) {}

  async packageAt(url: string, line: number, column: number, fn: string): Promise<string> {
    if (url === '') {
      // V8's own buckets, and the browser's functions the page called (fetch, createElement…).
      if (fn === '(program)') return 'V8 and Blink outside JS (compile, parse, style, layout)';
      if (fn === '(garbage collector)') return 'garbage collection';
      if (fn === '(idle)') return 'idle';
      return 'browser calls (fetch, DOM, storage)';
    }
    const file = url.replace(/^.*\//, '');
    const map = await this.mapOf(file);
    if (map === null)
      return url.includes('/assets/') ? file : 'browser calls (fetch, DOM, storage)';
    const source = originalPositionFor(map, { line: line + 1, column }).source;
    if (source === null) return 'unmapped bundle code';
    return packageOf(moduleName(source));
  }

  private async mapOf(file: string): Promise<TraceMap | null> {
    if (!this.maps.has(file)) {
      let map: TraceMap | null = null;
      for (const dir of this.dirs) {
        const path = join(dir, 'assets', `${file}.map`);
        const text = await readFile(path, 'utf8').catch(() => null);
        if (text !== null) {
          // Sources are then resolved from the map's own folder: absolute paths.
          map = new TraceMap(text, path);
          break;
        }
      }
      this.maps.set(file, map);
    }
    return this.maps.get(file)!;
  }
}

/** Milliseconds of self time by part in one profile. */
async function split(profile: CpuProfile, sources: Sources): Promise<Map<string, number>> {
  const parts = new Map<string, number>();
  for (const [node, us] of selfTimeByNode(profile)) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const part = partOf(await sources.packageAt(url, lineNumber, columnNumber, functionName));
    parts.set(part, (parts.get(part) ?? 0) + us / 1000);
  }
  return parts;
}

const withSourceMaps: Plugin = {
  name: 'tomari-cpu-split-source-maps',
  config: () => ({ build: { sourcemap: true } }),
};

async function main(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 6);
  const rendererDir = join(tmpdir(), 'tomari-cpu-split-renderer');
  const bareDir = join(tmpdir(), 'tomari-cpu-split-bare');
  await buildRendererWith([withSourceMaps], rendererDir);
  await buildBarePage({ outDir: bareDir, sourcemap: true });
  const sources = new Sources([rendererDir, bareDir]);
  const seeded = await seedFacility();
  const host = await startFacilityHost(seeded, { rendererDir, bareDir });
  const browser = await launchBrowser();
  const taken = { app: [] as Map<string, number>[], bare: [] as Map<string, number>[] };
  try {
    for (let i = 0; i <= runs; i++) {
      for (const name of ['app', 'bare'] as const) {
        const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
        await page.goto(name === 'app' ? host.appUrl : host.bareUrl!);
        await page.locator('.fc-timeline-event').first().waitFor({ timeout: 20_000 });
        // The month's bars are in; what FullCalendar measures and draws after them, too.
        await page.waitForTimeout(300);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        await context.close();
        if (i > 0) taken[name].push(await split(profile, sources));
      }
    }
  } finally {
    await browser.close();
    await host.close();
    await seeded.dispose();
  }
  const median = (samples: Map<string, number>[], part: string) =>
    quantile(
      samples.map((s) => s.get(part) ?? 0),
      0.5,
    );
  const busy = (s: Map<string, number>) =>
    [...s].filter(([part]) => part !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);
  const parts = new Set([...taken.app, ...taken.bare].flatMap((s) => [...s.keys()]));
  const rows = [...parts]
    .filter((part) => part !== 'idle')
    .map((part) => [part, median(taken.app, part), median(taken.bare, part)] as const)
    .sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
  const ms = (n: number) => n.toFixed(0).padStart(7);
  console.log(`main-thread time until the month is drawn, ms (median of ${runs} starts each)`);
  console.log(`${'part'.padEnd(58)}    app   bare   app − bare`);
  for (const [part, app, bare] of rows) {
    if (app < 1 && bare < 1) continue;
    console.log(`${part.padEnd(58)}${ms(app)}${ms(bare)}${ms(app - bare)}`);
  }
  const appBusy = quantile(taken.app.map(busy), 0.5);
  const bareBusy = quantile(taken.bare.map(busy), 0.5);
  console.log(
    `${'busy in all'.padEnd(58)}${ms(appBusy)}${ms(bareBusy)}${ms(appBusy - bareBusy)}   ` +
      `(${(appBusy / bareBusy).toFixed(2)}×)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
