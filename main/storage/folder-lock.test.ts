/**
 * One process per data folder (folder-lock.ts): a second Tomari process, in this process or
 * another, is refused with DATA_FOLDER_LOCKED naming the holder and writes nothing; the first
 * loses no acknowledged write; the lock of a process killed with SIGKILL is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/errors';
import { startTomari } from '../runtime';
import { dataFileContents } from '../testing/data-files';
import { LOCK_DIR, LOCK_HOLDER_FILE, LOCK_STALE_MS, LOCK_UPDATE_MS } from './folder-lock';
import { openStore } from './store';
import { person, testClock, testKeyFile } from './test-fixtures';

const CHILD = fileURLToPath(new URL('./folder-lock.child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.keys.json`, { force: true });
});

/** The key file the child processes use (folder-lock.child.ts), beside the folder. */
const keys = () => testKeyFile(`${dir}.keys.json`);

interface ChildEvent {
  event: 'ready' | 'refused' | 'ack' | 'fail' | 'idle';
  pid?: number;
  id?: string;
  code?: string;
  error?: { code: string; message: string; holder?: { computer: string; pid: number } };
}

/** A Tomari process on `dir` that saves `writes` persons; events arrive as it prints them. */
function startChild(writes: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(writes)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const events: ChildEvent[] = [];
  const waiters: { test: (e: ChildEvent) => boolean; done: (e: ChildEvent) => void }[] = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const event = JSON.parse(buffered.slice(0, newline)) as ChildEvent;
      buffered = buffered.slice(newline + 1);
      events.push(event);
      for (const w of waiters.splice(0)) {
        if (w.test(event)) w.done(event);
        else waiters.push(w);
      }
    }
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    events,
    exited,
    until(kind: ChildEvent['event'] | ChildEvent['event'][]): Promise<ChildEvent> {
      const kinds = Array.isArray(kind) ? kind : [kind];
      const seen = events.find((e) => kinds.includes(e.event));
      if (seen) return Promise.resolve(seen);
      return new Promise((done) => waiters.push({ test: (e) => kinds.includes(e.event), done }));
    },
    acked: () => events.filter((e) => e.event === 'ack').map((e) => e.id ?? ''),
  };
}

async function refusalOf(start: Promise<unknown>): Promise<ServiceError['error']> {
  const error = await start.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return (error as ServiceError).error;
}

/** Everything in the folder, with each file's bytes: the proof that nothing was written. */
async function snapshot(folder: string) {
  const names = (await readdir(folder)).sort();
  return { names, files: await dataFileContents(folder) };
}

describe('the data folder lock', () => {
  it('refuses a second process and a second store in this one, naming the holder; the first loses no acknowledged write', async () => {
    const first = startChild(40);
    const ready = await first.until('ready');
    await first.until('ack');

    // A second process (a second host, or the desktop app) while the first is writing.
    const second = startChild(40);
    const refused = await second.until(['refused', 'ready']);
    expect(refused.event).toBe('refused');
    expect(await second.exited).toBe(3);
    expect(refused.error).toMatchObject({
      code: 'DATA_FOLDER_LOCKED',
      holder: { computer: hostname(), pid: ready.pid },
    });
    expect(refused.error?.message).toContain(`コンピューター「${hostname()}」`);
    expect(refused.error?.message).toContain(`プロセス番号 ${ready.pid}`);

    await first.until('idle');
    const before = await snapshot(dir);
    // The same refusal for a store opened in this process (how the desktop app opens one).
    const inProcess = await refusalOf(startTomari({ keys: keys(), dataDir: dir }));
    expect(inProcess).toMatchObject({ code: 'DATA_FOLDER_LOCKED', holder: { pid: ready.pid } });
    expect(await snapshot(dir)).toEqual(before);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const acked = first.acked();
    expect(acked).toHaveLength(40);
    const store = await openStore({ keys: keys(), dataDir: dir, now: testClock().now });
    try {
      const missing = [];
      for (const id of acked) if (!(await store.repo.getPerson(id))) missing.push(id);
      expect(missing).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('takes over the lock of a process killed with SIGKILL, within the stale time', async () => {
    const holder = startChild(5);
    await holder.until('idle');
    holder.child.kill('SIGKILL');
    await holder.exited;
    // The dead process's lock and holder file are still there.
    expect((await stat(join(dir, LOCK_DIR))).isDirectory()).toBe(true);

    const started = Date.now();
    const store = await openStore({ keys: keys(), dataDir: dir, now: testClock().now });
    const waited = Date.now() - started;
    try {
      console.info(`stale lock of a killed process taken over after ${waited} ms`);
      for (const id of holder.acked()) expect(await store.repo.getPerson(id)).toBeDefined();
      const now = JSON.parse(await readFile(join(dir, LOCK_HOLDER_FILE), 'utf8')) as {
        pid: number;
      };
      expect(now.pid).toBe(process.pid);
    } finally {
      await store.close();
    }
    // Released on close: the next start takes it at once.
    const again = await openStore({ keys: keys(), dataDir: dir, now: testClock().now });
    await again.close();
  });

  it('refuses at once while a holder on another computer keeps its lock fresh, and takes a stale one over', async () => {
    await mkdir(join(dir, LOCK_DIR), { recursive: true });
    const since = '2026-11-27T05:10:00.000Z';
    await writeFile(
      join(dir, LOCK_HOLDER_FILE),
      JSON.stringify({ computer: 'FRONT-DESK-PC', pid: 4242, since }),
    );
    const refusal = await refusalOf(
      openStore({ keys: keys(), dataDir: dir, now: testClock().now }),
    );
    expect(refusal.code).toBe('DATA_FOLDER_LOCKED');
    expect(refusal.message).toContain('コンピューター「FRONT-DESK-PC」');
    expect(refusal.message).toContain('プロセス番号 4242');
    expect(refusal.message).toContain('2026');

    // That computer lost power: its lock is no longer refreshed.
    const old = new Date(Date.now() - LOCK_STALE_MS - 5_000);
    await utimes(join(dir, LOCK_DIR), old, old);
    const store = await openStore({ keys: keys(), dataDir: dir, now: testClock().now });
    await store.close();
  });

  it('refuses every write once another process has taken the lock over', async () => {
    const store = await openStore({ keys: keys(), dataDir: dir, now: testClock().now });
    try {
      // Another process found the lock stale (this one was suspended) and took it.
      await rm(join(dir, LOCK_DIR), { recursive: true });
      await mkdir(join(dir, LOCK_DIR));
      await new Promise((done) => setTimeout(done, LOCK_UPDATE_MS * 2 + 500));
      await expect(
        store.repo.apply({
          persons: [person('p1')],
          audit: [],
        }),
      ).rejects.toMatchObject({ error: { code: 'DATA_FOLDER_LOCK_LOST' } });
    } finally {
      await store.close();
    }
  });
});
