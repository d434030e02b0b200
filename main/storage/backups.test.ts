import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDailyBackupDue } from './backups';
import { openStore } from './store';
import {
  audit,
  person,
  readStoredJson,
  stay,
  testClock,
  trainingRecord,
  TEST_KEYS,
  writeStored,
} from './test-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openWriteClose(now: () => Date, id: string) {
  const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now });
  await store.repo.apply({ persons: [person(id)], audit: audit() });
  await store.whenIdle();
  const status = store.status();
  await store.close();
  return status;
}

describe('backups', () => {
  it('are made at the first start, then at open once a day, of every data file and the audit log', async () => {
    const clock = testClock('2026-11-27T05:10:00Z');
    // A new installation: its empty files and their backup are written at once, so there is
    // something to restore from during the first day too.
    expect((await openWriteClose(clock.now, 'p1')).backups).toEqual(['20261127T051000Z']);
    expect((await readdir(join(dir, 'backups', '20261127T051000Z'))).sort()).toEqual([
      'master.json',
      'tomari-keyring.json',
    ]);
    // That backup holds nothing recorded: the next start backs up the first day's work.
    clock.advanceHours(1);
    const day1 = ['20261127T061000Z', '20261127T051000Z'];
    expect((await openWriteClose(clock.now, 'p2')).backups).toEqual(day1);
    clock.advanceHours(23);
    expect((await openWriteClose(clock.now, 'p3')).backups).toEqual(day1);
    clock.advanceHours(1);
    const status = await openWriteClose(clock.now, 'p4');
    expect(status.backups).toEqual(['20261128T061000Z', ...day1]);
    expect(status.newestBackup).toBe('20261128T061000Z');
    expect((await readdir(join(dir, 'backups', '20261128T061000Z'))).sort()).toEqual([
      'audit.jsonl',
      'master.json',
      'tomari-keyring.json',
    ]);
  });

  it('roll off the damaged and set-aside copies older than the oldest backup kept', async () => {
    const clock = testClock('2026-11-01T00:00:00Z');
    await openWriteClose(clock.now, 'p0');
    // Copies kept on the first day (a damaged file, a pre-restore copy) and on a later one.
    await writeFile(join(dir, 'stays-2026.json.corrupt-20261101T000000Z'), 'x');
    await writeFile(join(dir, 'master.json.before-restore-20261101T000000Z-2'), 'x');
    await writeFile(join(dir, 'stays-2026.json.corrupt-20261110T000000Z'), 'x');
    await writeFile(join(dir, 'master.json.newer-20261101T000000Z'), 'x');
    for (let day = 1; day <= 14; day++) {
      clock.advanceHours(24);
      await openWriteClose(clock.now, `p${day}`);
    }
    // 15 backups were made; the newest 14 reach back to 11-02: the first day's copies go, the
    // later one stays, and a copy written by a newer version of Tomari is never pruned.
    const left = (await readdir(dir)).filter((n) => /\.(corrupt|before-restore|newer)-/.test(n));
    expect(left.sort()).toEqual([
      'master.json.newer-20261101T000000Z',
      'stays-2026.json.corrupt-20261110T000000Z',
    ]);
  });

  it('roll, keeping the newest 14', async () => {
    const clock = testClock('2026-11-01T00:00:00Z');
    for (let day = 0; day < 20; day++) {
      await openWriteClose(clock.now, `p${day}`);
      clock.advanceHours(24);
    }
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    // The 21st backup is copied at open; the oldest rolls off once the check behind it is done.
    await store.whenIdle();
    const backups = await store.listBackups();
    expect(backups).toHaveLength(14);
    expect(backups.every((b) => b.good)).toBe(true);
    expect(backups[0]?.name).toBe('20261121T000000Z');
    expect(backups.at(-1)?.name).toBe('20261108T000000Z');
    expect(store.status().backups).toEqual(backups.map((b) => b.name));
    expect(await readdir(join(dir, 'backups'))).toHaveLength(14);
    await store.close();
  });

  it('are not made of a training year found damaged at open, before any write', async () => {
    const clock = testClock('2026-11-27T05:10:00Z');
    const first = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await first.repo.apply({
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      trainingRecords: [trainingRecord('t1', 's1', '2026-05-01')],
      audit: audit(),
    });
    await first.close();
    // Cut-off JSON, sealed as the store writes (a file that does not even open: store-damage).
    await writeStored(dir, 'training-2026.json', '{"schemaVersion":1,"rec');
    clock.advanceHours(25);

    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    // Every file is read at open: the store is damaged before it accepts anything.
    const status = store.status();
    expect(status.ok).toBe(false);
    expect(status.damaged).toEqual([
      {
        file: 'training-2026.json',
        keptAs: 'training-2026.json.corrupt-20261128T061000Z',
        problem: 'not-json',
      },
    ]);
    // Only the first start's backup: none was made of the damaged year.
    expect(status.backups).toEqual(['20261127T051000Z']);
    expect(await readdir(join(dir, 'backups'))).toEqual(['20261127T051000Z']);
    await expect(store.repo.getSettings()).rejects.toMatchObject({
      error: { code: 'STORAGE_DAMAGED' },
    });
    await store.close();
  });

  it('are waited for by close, and a change made meanwhile lands after the copy', async () => {
    const clock = testClock('2026-11-27T05:10:00Z');
    await openWriteClose(clock.now, 'p1');
    clock.advanceHours(25);
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await store.repo.apply({ persons: [person('p2')], audit: audit() });
    await store.close();
    const [backup] = store.status().backups;
    const master = (await readStoredJson(join(dir, 'backups', backup ?? ''), 'master.json')) as {
      persons: { id: string }[];
    };
    expect(master.persons.map((p) => p.id)).toEqual(['p1']);
  });

  it('are due again when the newest is far in the future, so a wrong clock cannot stop them', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(isDailyBackupDue(undefined, now)).toBe(true);
    expect(isDailyBackupDue('20261126T010000Z', now)).toBe(false);
    expect(isDailyBackupDue('20261126T000000Z', now)).toBe(true);
    expect(isDailyBackupDue('20301126T000000Z', now)).toBe(true);
  });
});
