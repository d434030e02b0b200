/**
 * What evaluating the start's modules costs, module by module: builds the renderer as
 * electron.vite.config.ts does, with a performance mark put first in every module (into the
 * temp folder), opens the app on the bench facility RUNS times (5 by default, one more left out
 * as a warm-up) and prints, as medians over the runs, the time from each module's mark to the
 * next one, summed by package and listed for the largest modules. A module's own top-level code
 * runs between its mark and the next (its imports ran before it), so that time is what its
 * evaluation costs. A pause that began before the last start file was in (one asked for before
 * the first module ran) is a wait for that file: it is left out and listed.
 * A tool, not a bench (no figures kept): `tsx test/bench/module-eval.ts`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { launchBrowser } from '../e2e/support/browser';
import { seedFacility, startFacilityHost } from './facility';
import { buildRendererWith, moduleName, packageOf } from './renderer-build';
import { summarize } from './stats';

const MARK = 'tomari-module:';

/** Puts `performance.mark('tomari-module:<name>')` first in every script module. */
const markModules: Plugin = {
  name: 'tomari-module-marks',
  apply: 'build',
  transform(code, id) {
    const path = id.split('?')[0]!;
    if (!/\.(m?js|cjs|tsx?)$/.test(path) || /[\\/](vite|rolldown)[\\/]/.test(path)) return null;
    return { code: `performance.mark(${JSON.stringify(MARK + moduleName(path))});\n${code}` };
  },
};

async function buildMarked(): Promise<string> {
  const outDir = join(tmpdir(), 'tomari-module-eval');
  await buildRendererWith([markModules], outDir);
  return outDir;
}

/** One page's module marks, in the order they ran: [name, ms since navigation]. */
type Marks = [string, number][];

/** Each module's time; `filesIn`: when the last start file was in (ms since navigation). */
function moduleTimes(
  marks: Marks,
  filesIn: number,
): { times: Map<string, number>; waits: string[] } {
  const times = new Map<string, number>();
  const waits: string[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const [name, at] = marks[i]!;
    const next = marks[i + 1]![1];
    // The next module's file was perhaps not in yet: only what ran after it was is counted.
    const from = next > filesIn && at < filesIn ? filesIn : at;
    if (from > at) waits.push(`after ${name} (${at.toFixed(0)} ms) until ${filesIn.toFixed(0)} ms`);
    if (next > from) times.set(name, (times.get(name) ?? 0) + next - from);
  }
  return { times, waits };
}

function printMedians(title: string, runs: Map<string, number>[], top: number): void {
  const names = new Set(runs.flatMap((run) => [...run.keys()]));
  const rows = [...names]
    .map((name) => [name, summarize(runs.map((run) => run.get(name) ?? 0)).median] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  console.log(title);
  for (const [name, ms] of rows) console.log(`${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

async function main(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 5);
  const rendererDir = await buildMarked();
  const seeded = await seedFacility();
  const host = await startFacilityHost(seeded, { rendererDir });
  const browser = await launchBrowser();
  try {
    const byModule: Map<string, number>[] = [];
    const byPackage: Map<string, number>[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(host.appUrl);
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 20_000 });
      const { marks, filesIn } = await page.evaluate((prefix) => {
        const marks = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith(prefix))
          .map((m) => [m.name.slice(prefix.length), m.startTime] as [string, number]);
        // The start files: the scripts asked for before the first module ran.
        const files = (
          performance.getEntriesByType('resource') as PerformanceResourceTiming[]
        ).filter((r) => r.name.includes('/assets/') && r.startTime < (marks[0]?.[1] ?? 0));
        return { marks, filesIn: Math.max(...files.map((r) => r.responseEnd)) };
      }, MARK);
      await page.close();
      if (i === 0) continue;
      const { times, waits } = moduleTimes(marks, filesIn);
      const total = [...times.values()].reduce((sum, ms) => sum + ms, 0);
      console.log(
        `run ${i}: ${marks.length} modules from ${marks[0]![1].toFixed(0)} to ` +
          `${marks.at(-1)![1].toFixed(0)} ms, ${total.toFixed(0)} ms in module code; ` +
          `start files in at ${filesIn.toFixed(0)} ms; waits: ${waits.join('; ') || 'none'}`,
      );
      byModule.push(times);
      const packages = new Map<string, number>();
      for (const [name, ms] of times) {
        packages.set(packageOf(name), (packages.get(packageOf(name)) ?? 0) + ms);
      }
      byPackage.push(packages);
    }
    printMedians('--- by package (median of runs)', byPackage, 25);
    printMedians('--- largest modules (median of runs)', byModule, 25);
  } finally {
    await browser.close();
    await host.close();
    await seeded.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
