/**
 * Where the app's first render goes: opens the app and the bare FullCalendar page on the bench
 * facility in turns (RUNS, 4 by default, the first left out) and prints, for each, when the page
 * settled, when its scripts and first answers were in, its performance marks and long tasks;
 * then one CPU profile of each (PROFILE=0: none), summed by script and by function, the profiles
 * kept in the temp folder for DevTools. A tool, not a bench (no lock, no figures kept):
 * `npm run build && tsx test/bench/profile-start.ts`. Build with `minify: false` for names.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { buildBarePage } from './bare-page';
import { selfTimeByNode, type CpuProfile } from './cpu-profile';
import { seedFacility, startFacilityHost } from './facility';

const RECORD = `(() => {
  const state = { last: 0, longTasks: [] };
  Object.defineProperty(window, '__tomariBench', { value: state });
  new MutationObserver((changes) => {
    if (changes.some((c) => !(document.head && document.head.contains(c.target)))) {
      state.last = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

interface Sample {
  settled: number;
  firstBar: number;
  resources: [string, number, number][];
  longTasks: [number, number][];
  marks: [string, number][];
}

async function sample(page: Page, url: string, bar: string): Promise<Sample> {
  await page.addInitScript(RECORD);
  await page.goto(url);
  await page.locator(bar).first().waitFor({ timeout: 20_000 });
  const firstBar = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () =>
      performance.now() -
        (window as unknown as { __tomariBench: { last: number } }).__tomariBench.last >=
      300,
    undefined,
    { polling: 50 },
  );
  return page.evaluate((firstBar) => {
    const state = (
      window as unknown as { __tomariBench: { last: number; longTasks: [number, number][] } }
    ).__tomariBench;
    const resources = performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return [
        r.name.replace(/^.*\/(assets|api)\//, '$1/').slice(0, 40),
        Math.round(r.startTime),
        Math.round(r.responseEnd),
      ] as [string, number, number];
    });
    const marks = performance
      .getEntriesByType('mark')
      .map((m) => [m.name, Math.round(m.startTime)] as [string, number]);
    return {
      settled: Math.round(state.last),
      firstBar: Math.round(firstBar),
      resources,
      longTasks: state.longTasks,
      marks,
    };
  }, firstBar);
}

async function profiled(page: Page, url: string, bar: string, out: string): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await sample(page, url, bar);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await writeFile(out, JSON.stringify(profile));
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [node, us] of selfTimeByNode(profile)) {
    const file = node.callFrame.url.replace(/^.*\//, '') || `(${node.callFrame.functionName})`;
    byUrl.set(file, (byUrl.get(file) ?? 0) + us);
    const fn = `${node.callFrame.functionName || '(anon)'} ${file}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
  console.log(`  self time by script (${out}):`);
  console.log(top(byUrl, 15).join('\n'));
  console.log('  top functions:');
  console.log(top(byFn, 25).join('\n'));
}

async function main(): Promise<void> {
  const seeded = await seedFacility();
  const bareDir = await buildBarePage();
  const host = await startFacilityHost(seeded, { bareDir });
  const browser = await launchBrowser();
  const runs = Number(process.env.RUNS ?? 4);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, url] of [
        ['app', host.appUrl],
        ['bare', host.bareUrl!],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        const s = await sample(page, url, '.fc-timeline-event');
        await page.close();
        if (i === 0) continue;
        const scripts = s.resources.filter((r) => r[0].startsWith('assets/'));
        const apis = s.resources.filter((r) => r[0].startsWith('api/'));
        console.log(
          `${name}: settled ${s.settled} | scripts ${scripts.length} in by ${Math.max(...scripts.map((r) => r[2]))} | ` +
            `api sent ${Math.min(...apis.map((r) => r[1]))} in ${Math.max(...apis.slice(0, 7).map((r) => r[2]))} | ` +
            s.marks.map(([m, t]) => `${m} ${t}`).join(', ') +
            ` | long ${s.longTasks.map(([a, d]) => `${a}+${d}`).join(' ')}`,
        );
        if (process.env.VERBOSE !== undefined) {
          console.log('  resources', JSON.stringify(s.resources));
          console.log('  long tasks', JSON.stringify(s.longTasks));
          console.log('  marks', JSON.stringify(s.marks));
        }
      }
    }
    for (const [name, url] of [
      ['app', host.appUrl],
      ['bare', host.bareUrl!],
    ] as const) {
      if (process.env.PROFILE === '0') break;
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await profiled(
        page,
        url,
        '.fc-timeline-event',
        join(tmpdir(), `tomari-start-${name}.cpuprofile`),
      );
      await page.close();
    }
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
