import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/errors';
import { openStore } from './store';
import { audit, person, stay, testClock, trainingRecord } from './test-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-damage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).error.code).toBe(code);
}

/**
 * Day 1: p1 and s1 are saved. Day 2: opening makes the backup, then p2 is saved after it.
 * Returns the backup's name.
 */
async function storeWithBackupThenMore(clock: ReturnType<typeof testClock>): Promise<string> {
  const first = await openStore({ dataDir: dir, now: clock.now });
  await first.repo.apply({
    persons: [person('p1')],
    stays: [stay('s1', '2026-05-01', '2026-05-03')],
    trainingRecords: [trainingRecord('t1', 's1', '2026-05-01')],
    audit: audit(),
  });
  await first.close();
  clock.advanceHours(25);
  const second = await openStore({ dataDir: dir, now: clock.now });
  const backup = second.status().newestBackup;
  if (!backup) throw new Error('expected a daily backup');
  await second.repo.apply({ persons: [person('p2')], audit: audit() });
  await second.close();
  clock.advanceHours(1);
  return backup;
}

const damages: [string, string, (bytes: Buffer) => Buffer, string][] = [
  ['a truncated file', 'master.json', (b) => b.subarray(0, Math.floor(b.length / 2)), 'not-json'],
  ['a NUL-filled file', 'stays.json', (b) => Buffer.alloc(b.length), 'not-json'],
  [
    'a schema-invalid file',
    'master.json',
    (b) => Buffer.from(b.toString('utf8').replace('"registered"', '"maybe"')),
    'invalid',
  ],
  [
    'a damaged training year, found when it is first read',
    'training-2026.json',
    (b) => b.subarray(0, 10),
    'not-json',
  ],
];

describe('opening a damaged data folder', () => {
  it.each(damages)(
    'keeps %s aside, refuses every call, and restores the last good backup',
    async (_label, file, damage, problem) => {
      const clock = testClock();
      const backup = await storeWithBackupThenMore(clock);
      const damagedBytes = damage(await readFile(join(dir, file)));
      await writeFile(join(dir, file), damagedBytes);

      const store = await openStore({ dataDir: dir, now: clock.now });
      if (file.startsWith('training-')) {
        // Training years are read lazily: the damage shows at the first question that needs it.
        expect(store.status().ok).toBe(true);
        await rejectsWith(store.repo.trainingRecordsOfStay('s1'), 'STORAGE_DAMAGED');
      }
      const status = store.status();
      expect(status.ok).toBe(false);
      expect(status.damaged).toHaveLength(1);
      const [entry] = status.damaged;
      expect(entry?.file).toBe(file);
      expect(entry?.problem).toBe(problem);
      expect(entry?.keptAs).toMatch(new RegExp(`^${file}\\.corrupt-\\d{8}T\\d{6}Z$`));
      expect(status.newestBackup).toBe(backup);
      expect(await readFile(join(dir, file))).toEqual(damagedBytes);
      expect(await readFile(join(dir, entry?.keptAs ?? ''))).toEqual(damagedBytes);

      await rejectsWith(store.repo.getSettings(), 'STORAGE_DAMAGED');
      await rejectsWith(store.repo.getPerson('p1'), 'STORAGE_DAMAGED');
      await rejectsWith(
        store.repo.staysInRange({ from: '2026-01-01', to: '2027-01-01' }),
        'STORAGE_DAMAGED',
      );
      await rejectsWith(
        store.repo.apply({ persons: [person('p3')], audit: audit() }),
        'STORAGE_DAMAGED',
      );

      const restored = await store.restoreBackup(backup);
      expect(restored.ok).toBe(true);
      expect(restored.damaged).toEqual([]);
      expect(await store.repo.getPerson('p1')).toEqual(person('p1'));
      expect(await store.repo.getPerson('p2')).toBeUndefined();
      expect(await store.repo.getStay('s1')).toEqual(stay('s1', '2026-05-01', '2026-05-03'));
      expect(await store.repo.trainingRecordsOfStay('s1')).toHaveLength(1);
      expect(await readFile(join(dir, entry?.keptAs ?? ''))).toEqual(damagedBytes);
      await store.close();
    },
  );

  it('does not pile up copies when started again on the same damaged file', async () => {
    const clock = testClock();
    await storeWithBackupThenMore(clock);
    await writeFile(join(dir, 'master.json'), '{"schemaVer');
    await (await openStore({ dataDir: dir, now: clock.now })).close();
    clock.advanceHours(1);
    const again = await openStore({ dataDir: dir, now: clock.now });
    expect(again.status().ok).toBe(false);
    const copies = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
    expect(copies).toHaveLength(1);
  });

  it('makes no backup while damaged, so rolling cannot push out the good ones', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    await writeFile(join(dir, 'stays.json'), 'not json');
    clock.advanceHours(48);
    const store = await openStore({ dataDir: dir, now: clock.now });
    expect(store.status().backups).toEqual([backup]);
  });

  it('refuses to restore a backup that does not exist or does not validate', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    const store = await openStore({ dataDir: dir, now: clock.now });
    await rejectsWith(store.restoreBackup('../..'), 'NOT_FOUND');
    await writeFile(join(dir, 'backups', backup, 'master.json'), '{');
    await rejectsWith(store.restoreBackup(backup), 'BACKUP_DAMAGED');
    expect(await store.listBackups()).toEqual([
      { name: backup, good: false, problem: 'master.json: not-json' },
    ]);
    expect(await store.repo.getPerson('p2')).toEqual(person('p2'));
  });

  it('keeps a current file the restore replaces, as a before-restore copy', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    const store = await openStore({ dataDir: dir, now: clock.now });
    const before = await readFile(join(dir, 'master.json'));
    await store.restoreBackup(backup);
    const asides = (await readdir(dir)).filter((f) => f.includes('.before-restore-'));
    expect(asides).toEqual([expect.stringMatching(/^master\.json\.before-restore-/)]);
    expect(await readFile(join(dir, asides[0] ?? ''))).toEqual(before);
    const log = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    expect(log).toContain('"action":"restoreBackup"');
  });
});
