/**
 * The split of an old folder's one `stays.json` into one file per fiscal year: backed up first,
 * every stay kept, and a migration cut off at any moment (kill -9) is simply done again.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay } from '../../shared/domain/schemas';
import { generateFacility } from '../../test/bench/generate';
import { bundleCrashChild, forgetKilledHolder, runAndKill } from './crash-runner';
import { KEYRING_FILE } from './data-key';
import { writeLegacyFolder } from './legacy-folder';
import { openStore } from './store';
import {
  audit,
  bed,
  folderCodec,
  person,
  readStored,
  readStoredJson,
  stay,
  testClock,
  testKeyFile,
  trainingRecord,
  TEST_KEYS,
} from './test-fixtures';

const CHILD = fileURLToPath(new URL('./stays-migration.crash-child.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-split-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const stays = [
  stay('a', '2025-03-30', '2025-04-02'),
  stay('b', '2025-04-01', '2025-04-03', { status: 'bumped' }),
  stay('c', '2026-03-31', '2026-04-01'),
  stay('d', '2026-11-01', '2026-11-04'),
];
const legacy = {
  beds: [bed('b1')],
  persons: [person('p1')],
  stays,
  trainingRecords: [trainingRecord('t1', 'c', '2026-03-31')],
  audit: audit(),
};

const readJson = async (file: string) =>
  (await readStoredJson(dir, file)) as Record<string, unknown>;
const dataFiles = async () =>
  (await readdir(dir))
    .filter((n) => n.endsWith('.json') && !n.startsWith('.') && n !== KEYRING_FILE)
    .sort();

/** Every stay of every year file, as the files hold them. */
async function staysOnDisk(): Promise<Stay[]> {
  const all: Stay[] = [];
  for (const name of await dataFiles()) {
    if (name.startsWith('stays-')) all.push(...((await readJson(name)).stays as Stay[]));
  }
  return all.sort((x, y) => (x.id < y.id ? -1 : 1));
}

describe('splitting stays.json by fiscal year', () => {
  it('encrypts and backs the old files up, writes one file a year, removes stays.json last', async () => {
    await writeLegacyFolder(dir, legacy);
    const clock = testClock();
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().ok).toBe(true);
    expect(await dataFiles()).toEqual([
      'master.json',
      'stays-2024.json',
      'stays-2025.json',
      'stays-2026.json',
      'training-2025.json',
    ]);
    expect(await readJson('master.json')).toMatchObject({ schemaVersion: 2 });
    expect(await readJson('training-2025.json')).toMatchObject({ schemaVersion: 2 });
    expect((await readJson('stays-2024.json')).stays).toEqual([stays[0]]);
    expect((await readJson('stays-2025.json')).stays).toEqual([stays[1], stays[2]]);
    expect(await staysOnDisk()).toEqual(stays);

    // The first backup is made before the files are encrypted (then sealed itself, byte for
    // byte); before the split: the old layout, as it was; after: the new one, so a damaged year
    // has a copy.
    const [after, before, beforeEncryption] = store.status().backups;
    expect(beforeEncryption).toBeDefined();
    for (const backup of [beforeEncryption, before]) {
      expect((await readdir(join(dir, 'backups', backup ?? ''))).sort()).toEqual([
        'master.json',
        'stays.json',
        'tomari-keyring.json',
        'training-2025.json',
      ]);
      expect(await readStored(join(dir, 'backups', backup ?? ''), 'stays.json')).toBe(
        `${JSON.stringify({ schemaVersion: 1, stays })}\n`,
      );
    }
    expect((await readdir(join(dir, 'backups', after ?? ''))).sort()).toEqual([
      'audit.jsonl',
      'master.json',
      'stays-2024.json',
      'stays-2025.json',
      'stays-2026.json',
      'tomari-keyring.json',
      'training-2025.json',
    ]);
    const log = await readStored(dir, 'audit.jsonl');
    expect(log).toContain('"action":"migrate"');
    expect(log).toContain('"staysSplitByYear":true');

    expect((await store.repo.getStay('c'))?.end).toBe('2026-04-01');
    expect((await store.repo.staysToContact()).map((s) => s.id)).toEqual(['b']);
    expect(
      (await store.repo.staysInRange({ from: '2025-04-01', to: '2026-04-01' })).map((s) => s.id),
    ).toEqual(['a', 'b', 'c']);
    expect((await store.repo.trainingRecordsOfStay('c')).map((r) => r.id)).toEqual(['t1']);
    await store.close();

    // Done once: the next start finds nothing to migrate.
    const again = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(again.status().backups).toEqual([after, before, beforeEncryption]);
    await again.close();
  });

  it.each([
    ['with some year files written and master still at schema 1', false],
    ['with every file written and only stays.json left', true],
  ])('starts over from stays.json when cut off %s', async (_label, masterWritten) => {
    await writeLegacyFolder(dir, legacy);
    // What an interrupted first attempt may leave: a year file, even one that no longer matches.
    await writeFile(
      join(dir, 'stays-2025.json'),
      JSON.stringify({ schemaVersion: 2, stays: [{ ...stays[1], note: 'half' }] }),
    );
    if (masterWritten) {
      // Still plain: the folder is encrypted at the start below, before its split.
      const master = JSON.parse(await readFile(join(dir, 'master.json'), 'utf8')) as object;
      await writeFile(join(dir, 'master.json'), JSON.stringify({ ...master, schemaVersion: 2 }));
    }
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
    expect(store.status().ok).toBe(true);
    expect(await dataFiles()).not.toContain('stays.json');
    expect(await staysOnDisk()).toEqual(stays);
    expect(await store.repo.getStay('b')).toEqual(stays[1]);
    await store.close();
  });

  it('reports a damaged stays.json like any damaged file, and restores and splits it', async () => {
    await writeLegacyFolder(dir, legacy);
    const clock = testClock();
    // A day's backup of the old layout, then the file is damaged.
    const backupOfOld = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await backupOfOld.close();
    await rm(join(dir, 'stays-2024.json'));
    await rm(join(dir, 'stays-2025.json'));
    await rm(join(dir, 'stays-2026.json'));
    // The old layout again, sealed: a folder encrypted at its first start, then cut off
    // before its split.
    await writeLegacyFolder(dir, legacy, await folderCodec(dir));
    await writeFile(join(dir, 'stays.json'), '{"schemaVersion":1,"stays":[{"id"');
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().damaged.map((d) => d.file)).toEqual(['stays.json']);
    expect((await store.restoreBackup()).ok).toBe(true);
    expect(await dataFiles()).not.toContain('stays.json');
    expect(await staysOnDisk()).toEqual(stays);
    await store.close();
  });
});

/** The key file the child process keeps beside the folder (stays-migration.crash-child.ts). */
const keysOf = (dataDir: string) => testKeyFile(`${dataDir}.keys.json`);

/** Runs the child to its end; ms from its first output to its exit. */
function msFromReadyToExit(script: string, arg: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, arg], { stdio: ['ignore', 'pipe', 'inherit'] });
    let ready = 0;
    child.stdout.once('data', () => {
      ready = performance.now();
    });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - ready));
  });
}

describe('the split under kill -9', () => {
  it('keeps every stay of a real-shaped folder, however often it is cut off', async () => {
    const facility = generateFacility('2026-11-27', { beds: 20, persons: 400, years: 5 });
    // The stays and master data as generated; training records (split by year already, and
    // only slow to read) are left out so that most kills land in the split itself.
    const folder = { ...facility.changes, trainingRecords: [] };
    const dataDir = join(dir, 'data');
    await writeLegacyFolder(dataDir, folder);
    const script = await bundleCrashChild(CHILD, join(dir, 'split-child.cjs'));
    const KILLS = 12;
    const byStartThenId = (x: Stay, y: Stay) =>
      x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : 1;
    const expected = [...facility.stays].sort(byStartThenId);
    let midSplit = 0;
    let wholeStart = 0;
    for (let i = 0; i < KILLS; i++) {
      if (i % 4 === 0) {
        await rm(dataDir, { recursive: true, force: true });
        await writeLegacyFolder(dataDir, folder);
        wholeStart = await msFromReadyToExit(script, dataDir);
      }
      await rm(dataDir, { recursive: true, force: true });
      await writeLegacyFolder(dataDir, folder);
      // The split itself is the last ~20 % of a start (backup, reads, then the split): the
      // kills aim at it, from the time a whole start took just before, and land before, in and
      // after it.
      await runAndKill(script, dataDir, 0.72 * wholeStart, 0.26 * wholeStart);
      const names = await readdir(dataDir);
      if (names.includes('stays.json') && names.some((n) => n.startsWith('stays-'))) midSplit++;
      await forgetKilledHolder(dataDir);
      // The next start finishes the split from wherever it was cut off, losing nothing.
      const store = await openStore({ keys: keysOf(dataDir), dataDir, now: () => new Date() });
      expect(store.status().ok).toBe(true);
      const found = await store.repo.staysInRange({
        from: facility.firstDate,
        to: facility.lastDate,
      });
      expect(found).toEqual(expected);
      await store.close();
      expect((await readdir(dataDir)).includes('stays.json')).toBe(false);
    }
    console.info(`split crash test: ${KILLS} kills, ${midSplit} with the split half done`);
  }, 120_000);
});
