/**
 * The growth table (issue 13): the key figures on generated facilities of 1, 5, 10 and 20
 * fiscal years, so that what must stay flat as a facility ages (a save, the month view) is seen
 * to. The month view and the resident memory are those of the real browser host process
 * (`main/host/cli.ts`, as `npm run host` starts it), driven by Chromium; the other figures are
 * the same channels called in process. Run alone: `tsx test/bench/growth-bench.ts` (after a build).
 */
import { readFile, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDays } from '../../shared/domain/dates';
import { startTomari, type TomariRuntime } from '../../main/runtime';
import { spawnHost, stopChild } from '../e2e/support/host';
import { chromiumPath } from '../e2e/support/browser';
import { measureCalendarTab } from './calendar-bench';
import {
  OUT_DIR,
  seedFacility,
  signInManager,
  signInManagerOverHttp,
  type SeededFacility,
} from './facility';
import { summarize, time, type Timing } from './stats';

export const GROWTH_YEARS = [1, 5, 10, 20] as const;

/** The bench manager's session on each runtime the bench started. */
const sessions = new WeakMap<TomariRuntime, string>();

/** Starts Tomari on the facility's folder with the bench manager signed in (not timed). */
export async function startSignedIn(seeded: SeededFacility): Promise<TomariRuntime> {
  const runtime = await startTomari({ keys: seeded.keys, dataDir: seeded.dataDir });
  sessions.set(runtime, await signInManager(runtime, seeded.managerId));
  return runtime;
}

export async function call(
  runtime: TomariRuntime,
  channel: string,
  input: unknown,
): Promise<unknown> {
  const session = sessions.get(runtime);
  const answer = await runtime.dispatch(channel, input, session === undefined ? {} : { session });
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** The file a save of this stay rewrites: its fiscal year's, or the one stays file of old. */
export async function staysFileOf(dataDir: string, start: string): Promise<string> {
  const fiscalYear = Number(start.slice(0, 4)) - (start.slice(5, 7) < '04' ? 1 : 0);
  const partition = join(dataDir, `stays-${fiscalYear}.json`);
  return (await stat(partition).catch(() => undefined)) ? partition : join(dataDir, 'stays.json');
}

/** The emergency the bench plans, moved day by day so each run asks a new question. */
export function emergencyAt(seeded: SeededFacility, i: number) {
  return {
    personId: seeded.facility.persons[11]!.id,
    start: addDays(seeded.today, i % 20),
    end: addDays(seeded.today, (i % 20) + 3),
  };
}

/**
 * A durable save of one change (stays.update of a booking's note: answered once its journal line
 * is flushed) against a raw write + fsync of the very bytes of the file that save rewrites, taken
 * in turns (a busy moment of the shared disk slows both of a pair): `ratio` is the median of the
 * pairs' ratios. `inPlace` is how long after the answer the change's files were in place; the
 * raw write starts only then, so it never shares the disk with the save's own background work.
 */
export async function measureSave(runtime: TomariRuntime, seeded: SeededFacility, runs: number) {
  const target = seeded.facility.stays.find((s) => s.status === 'confirmed')!;
  const update = (i: number) =>
    call(runtime, 'stays.update', { id: target.id, changes: { note: `メモ ${i}` } });
  await update(-1);
  await runtime.whenIdle();
  const file = await staysFileOf(seeded.dataDir, target.start);
  const bytes = await readFile(file);
  const writeRaw = async () => {
    const handle = await open(join(seeded.dataDir, 'raw.tmp'), 'w');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
  };
  const saves: number[] = [];
  const inPlace: number[] = [];
  const raws: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await update(i);
    saves.push(performance.now() - started);
    started = performance.now();
    await runtime.whenIdle();
    inPlace.push(performance.now() - started);
    started = performance.now();
    await writeRaw();
    raws.push(performance.now() - started);
  }
  const ratio = summarize(saves.map((s, i) => s / raws[i]!)).median;
  return {
    save: summarize(saves),
    inPlace: summarize(inPlace),
    raw: summarize(raws),
    ratio,
    file,
    bytes: bytes.length,
  };
}

/** Resident memory of a process, in MB (Linux: /proc/<pid>/status). */
async function residentMB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kB = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kB / 1024;
}

export interface GrowthRow {
  years: number;
  stays: number;
  records: number;
  check: Timing;
  plan: Timing;
  save: Timing;
  /** Write + fsync of the bytes of the file the save rewrote, and their size. */
  raw: Timing;
  /** Median of save / raw, pair by pair. */
  ratio: number;
  savedKiB: number;
  load: Timing;
  /** Calendar tab → the month's bars drawn, against the host process; undefined without Chromium. */
  month?: Timing;
  rssOpenMB?: number;
  rssMonthMB?: number;
}

/**
 * Open and answer the first question; closing (which waits for the background check of the
 * day's first backup) is not part of the start-up time, so it is left out of the timing.
 */
export async function measureLoad(seeded: SeededFacility, runs: number): Promise<Timing> {
  const { dataDir, today } = seeded;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = await startTomari({ keys: seeded.keys, dataDir });
    const opened = performance.now() - started;
    // Signing in (a deliberate quarter of a second of scrypt) is the user's, not the start's.
    sessions.set(r, await signInManager(r, seeded.managerId));
    const asked = performance.now();
    await call(r, 'stays.list', { from: today, to: addDays(today, 30) });
    samples.push(opened + performance.now() - asked);
    await r.close();
  }
  return summarize(samples);
}

/** The booking the bench checks: a person and a bed with a history, five nights ahead. */
export function benchDraft(seeded: SeededFacility) {
  const { facility, today } = seeded;
  return {
    personId: facility.persons[7]!.id,
    bedId: facility.beds[3]!.id,
    kind: 'experience' as const,
    start: addDays(today, 40),
    end: addDays(today, 45),
  };
}

async function measureInProcess(seeded: SeededFacility): Promise<Omit<GrowthRow, 'years'>> {
  const { facility } = seeded;
  const load = await measureLoad(seeded, 3);
  const runtime = await startSignedIn(seeded);
  try {
    const draft = benchDraft(seeded);
    const check = await time(200, () => call(runtime, 'stays.check', { draft }));
    const plan = await time(100, (i) => call(runtime, 'emergency.plan', emergencyAt(seeded, i)));
    const { save, raw, ratio, bytes } = await measureSave(runtime, seeded, 60);
    return {
      stays: facility.stays.length,
      records: facility.changes.trainingRecords?.length ?? 0,
      check,
      plan,
      save,
      raw,
      ratio,
      savedKiB: bytes / 1024,
      load,
    };
  } finally {
    await runtime.close();
  }
}

/** The month view and the memory of the real host process over the folder. */
async function measureHost(
  seeded: SeededFacility,
): Promise<Pick<GrowthRow, 'month' | 'rssOpenMB' | 'rssMonthMB'>> {
  const { dataDir } = seeded;
  const token = `bench-${Math.random().toString(36).slice(2)}`;
  const previous = process.env.TOMARI_OUT_DIR;
  process.env.TOMARI_OUT_DIR = OUT_DIR;
  const { child, url } = await spawnHost(dataDir, token).finally(() => {
    if (previous === undefined) delete process.env.TOMARI_OUT_DIR;
    else process.env.TOMARI_OUT_DIR = previous;
  });
  try {
    const pid = child.pid!;
    const rssOpenMB = await residentMB(pid);
    if (!chromiumPath) return { rssOpenMB };
    // The page opens signed in as the bench manager (the address carries the session).
    const session = await signInManagerOverHttp(url, token, seeded.managerId);
    const month = await measureCalendarTab(
      { url, appUrl: `${url}#token=${token}&session=${session}` },
      5,
    );
    return { month, rssOpenMB, rssMonthMB: await residentMB(pid) };
  } finally {
    await stopChild(child);
  }
}

export async function benchGrowth(years: number): Promise<GrowthRow> {
  const seeded = await seedFacility({ years });
  try {
    const inProcess = await measureInProcess(seeded);
    return { years, ...inProcess, ...(await measureHost(seeded)) };
  } finally {
    await seeded.dispose();
  }
}

const ms = (t: Timing | undefined, which: 'median' | 'p95' = 'median') =>
  t === undefined ? '—' : t[which] < 10 ? t[which].toFixed(2) : t[which].toFixed(0);

/** Prints the table, one facility age a row (times in ms; medians unless marked p95). */
export function formatGrowthTable(rows: readonly GrowthRow[]): string {
  const header = [
    'years',
    'stays',
    'training',
    'check',
    'plan',
    'save',
    'save p95',
    'raw',
    'overhead',
    'saved KiB',
    'load',
    'month view',
    'RSS open MB',
    'RSS month MB',
  ];
  const lines = rows.map((r) => [
    String(r.years),
    String(r.stays),
    String(r.records),
    ms(r.check),
    ms(r.plan),
    ms(r.save),
    ms(r.save, 'p95'),
    ms(r.raw),
    `${r.ratio.toFixed(2)}×`,
    r.savedKiB.toFixed(0),
    ms(r.load),
    ms(r.month),
    r.rssOpenMB?.toFixed(0) ?? '—',
    r.rssMonthMB?.toFixed(0) ?? '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [
    'growth table (ms, medians; overhead = save / raw write+fsync of the file saved, paired; month view =',
    'calendar tab → bars, against the host process; RSS of the host process after open / month view)',
    row(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(row),
  ].join('\n');
}

export async function printGrowthTable(): Promise<void> {
  const rows: GrowthRow[] = [];
  for (const years of GROWTH_YEARS) rows.push(await benchGrowth(years));
  console.log(formatGrowthTable(rows));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printGrowthTable().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
