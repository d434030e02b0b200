import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/errors';
import type { AuditEntry } from '../../shared/domain/schemas';
import { dataFileContents } from '../testing/data-files';
import { writeLegacyFolder } from './legacy-folder';
import { openStore } from './store';
import { newDataKey } from './data-key';
import { sealedCodec, type FileCodec } from './file-codec';
import {
  audit,
  folderCodec,
  person,
  readStored,
  stay,
  testClock,
  trainingRecord,
  TEST_KEYS,
} from './test-fixtures';

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

/** An audit entry about one record, as the services write them. */
function entry(entity: AuditEntry['entity'], entityId: string, at: Date): AuditEntry {
  return { at: at.toISOString(), actor: 'staff-1', action: `${entity}.save`, entity, entityId };
}

/**
 * Day 1: p1, s1 and t1 are saved. Day 2: opening makes the backup, then p2, s2 and t2 are saved
 * after it, one in each file. Returns the backup's name.
 */
async function storeWithBackupThenMore(clock: ReturnType<typeof testClock>): Promise<string> {
  const first = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
  await first.repo.apply({
    persons: [person('p1')],
    stays: [stay('s1', '2026-05-01', '2026-05-03')],
    trainingRecords: [trainingRecord('t1', 's1', '2026-05-01')],
    audit: [entry('person', 'p1', clock.now()), entry('stay', 's1', clock.now())],
  });
  await first.close();
  clock.advanceHours(25);
  const second = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
  const backup = second.status().newestBackup;
  if (!backup) throw new Error('expected a daily backup');
  await second.whenIdle();
  clock.advanceHours(1);
  await second.repo.apply({
    persons: [person('p2')],
    stays: [stay('s2', '2026-06-01', '2026-06-03')],
    trainingRecords: [trainingRecord('t2', 's1', '2026-05-02')],
    audit: [
      entry('person', 'p2', clock.now()),
      entry('stay', 's2', clock.now()),
      entry('training', 't2', clock.now()),
    ],
  });
  await second.close();
  clock.advanceHours(1);
  return backup;
}

/** What a damage does to a file: from its stored (sealed) bytes, or from its contents. */
type Damage = (file: { stored: Buffer; contents: string; codec: FileCodec }) => Buffer;
const resealed = (name: string, change: (contents: string) => string): Damage => {
  return ({ contents, codec }) => codec.encode(name, Buffer.from(change(contents)));
};

const damages: [string, string, Damage, string][] = [
  [
    'a truncated file',
    'master.json',
    (f) => f.stored.subarray(0, f.stored.length / 2),
    'not-authentic',
  ],
  ['a NUL-filled file', 'stays-2026.json', (f) => Buffer.alloc(f.stored.length), 'not-encrypted'],
  [
    'a file with one bit flipped',
    'stays-2026.json',
    ({ stored }) => {
      const bytes = Buffer.from(stored);
      bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 1;
      return bytes;
    },
    'not-authentic',
  ],
  [
    'a file sealed under another key',
    'master.json',
    ({ contents }) =>
      sealedCodec(newDataKey(), 'other').encode('master.json', Buffer.from(contents)),
    'other-key',
  ],
  [
    'a file moved over another (its training year copied over master.json)',
    'master.json',
    ({ codec }) =>
      codec.encode('training-2026.json', Buffer.from('{"schemaVersion":1,"records":[]}')),
    'not-authentic',
  ],
  [
    'a plain JSON file put in the encrypted folder',
    'master.json',
    (f) => Buffer.from(f.contents),
    'not-encrypted',
  ],
  [
    'a schema-invalid file',
    'master.json',
    resealed('master.json', (c) => c.replace('"registered"', '"maybe"')),
    'invalid',
  ],
  [
    'a damaged training year, found when it is first read',
    'training-2026.json',
    (f) => f.stored.subarray(0, 10),
    'not-authentic',
  ],
];

describe('opening a damaged data folder', () => {
  it.each(damages)(
    "keeps %s aside, refuses every call, and restores that file only, keeping the others' newer writes",
    async (_label, file, damage, problem) => {
      const clock = testClock();
      const backup = await storeWithBackupThenMore(clock);
      const codec = await folderCodec(dir);
      const stored = await readFile(join(dir, file));
      const damagedBytes = damage({ stored, contents: await readStored(dir, file), codec });
      await writeFile(join(dir, file), damagedBytes);

      // Every file is read at open: a damaged training year is found before any write.
      const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
      const status = store.status();
      expect(status.ok).toBe(false);
      expect(status.damaged).toHaveLength(1);
      const [damaged] = status.damaged;
      expect(damaged?.file).toBe(file);
      expect(damaged?.problem).toBe(problem);
      expect(damaged?.keptAs).toMatch(new RegExp(`^${file}\\.corrupt-\\d{8}T\\d{6}Z$`));
      expect(status.newestBackup).toBe(backup);
      // The preview: this file from that backup, losing the one change made to it since.
      expect(status.restore).toEqual([{ file, backup, changesLost: 1 }]);
      expect(await readFile(join(dir, file))).toEqual(damagedBytes);
      // The kept copy holds those bytes, sealed whole (they may be readable personal data).
      const keptCopy = () => readFile(join(dir, damaged?.keptAs ?? ''));
      expect(codec.decode(file, await keptCopy())).toEqual(damagedBytes);

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

      const restored = await store.restoreBackup();
      expect(restored.ok).toBe(true);
      expect(restored.damaged).toEqual([]);
      expect(restored.restore).toEqual([]);
      // What the backup held is back; what was written since is kept in every other file.
      expect(await store.repo.getPerson('p1')).toEqual(person('p1'));
      expect(await store.repo.getStay('s1')).toEqual(stay('s1', '2026-05-01', '2026-05-03'));
      const kept = {
        p2: (await store.repo.getPerson('p2')) !== undefined,
        s2: (await store.repo.getStay('s2')) !== undefined,
        t2: (await store.repo.getTrainingRecord('t2')) !== undefined,
      };
      expect(kept).toEqual({
        p2: file !== 'master.json',
        s2: file !== 'stays-2026.json',
        t2: file !== 'training-2026.json',
      });
      expect(codec.decode(file, await keptCopy())).toEqual(damagedBytes);
      const log = await readStored(dir, 'audit.jsonl');
      expect(log).toContain(`"action":"restoreBackup"`);
      expect(log).toContain(`"${file}":"${backup}"`);
      await store.close();
    },
  );

  it('does not pile up copies when started again on the same damaged file', async () => {
    const clock = testClock();
    await storeWithBackupThenMore(clock);
    await writeFile(join(dir, 'master.json'), '{"schemaVer');
    await (await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now })).close();
    clock.advanceHours(1);
    const again = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(again.status().ok).toBe(false);
    const copies = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
    expect(copies).toHaveLength(1);
    await again.close();
  });

  it('makes no backup while damaged, so rolling cannot push out the good ones', async () => {
    const clock = testClock();
    await storeWithBackupThenMore(clock);
    const before = await readdir(join(dir, 'backups'));
    await writeFile(join(dir, 'stays-2026.json'), 'not json');
    clock.advanceHours(48);
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(await readdir(join(dir, 'backups'))).toEqual(before);
    await store.close();
  });

  it('restores from an older backup when the newest has no good copy of the file', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    const older = (await readdir(join(dir, 'backups'))).filter((n) => n !== backup)[0] ?? '';
    await writeFile(join(dir, 'backups', backup, 'stays-2026.json'), '{');
    await writeFile(join(dir, 'stays-2026.json'), 'not json');
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().restore).toEqual([
      { file: 'stays-2026.json', backup: older, changesLost: 2 },
    ]);
    // Asked for that backup by name, the restore refuses: it holds no good copy.
    await rejectsWith(store.restoreBackup(backup), 'BACKUP_DAMAGED');
    await rejectsWith(store.restoreBackup('../..'), 'NOT_FOUND');
    expect((await store.restoreBackup()).ok).toBe(true);
    expect(await store.repo.getPerson('p2')).toEqual(person('p2'));
    expect(await store.listBackups()).toContainEqual({
      name: backup,
      good: false,
      problem: 'stays-2026.json: not-encrypted',
    });
    await store.close();
  });

  it('counts as lost only the changes the backup lacks, even within the second it was made', async () => {
    const clock = testClock();
    const first = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await first.repo.apply({
      persons: [person('p1')],
      audit: [entry('person', 'p1', clock.now())],
    });
    await first.close();
    // Same second: this start backs up p1 (the first start's backup held empty files).
    const second = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await second.whenIdle();
    await second.repo.apply({
      persons: [person('p2')],
      audit: [entry('person', 'p2', clock.now())],
    });
    await second.close();
    await writeFile(join(dir, 'master.json'), '{"torn');
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().restore).toEqual([
      { file: 'master.json', backup: store.status().newestBackup, changesLost: 1 },
    ]);
    await store.close();
  });

  it('restores a damaged year of stays alone: the other years keep their newer writes', async () => {
    const clock = testClock();
    const first = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await first.repo.apply({
      stays: [stay('old', '2025-06-01', '2025-06-03'), stay('new', '2026-06-01', '2026-06-03')],
      audit: [entry('stay', 'old', clock.now()), entry('stay', 'new', clock.now())],
    });
    await first.close();
    clock.advanceHours(25);
    const second = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    const backup = second.status().newestBackup;
    await second.whenIdle();
    clock.advanceHours(1);
    // After the backup: one change in each year, and a stay new to 2025.
    await second.repo.apply({
      stays: [
        stay('old', '2025-06-01', '2025-06-04'),
        stay('new', '2026-06-01', '2026-06-04'),
        stay('added', '2025-07-01', '2025-07-02'),
      ],
      audit: [
        entry('stay', 'old', clock.now()),
        entry('stay', 'new', clock.now()),
        entry('stay', 'added', clock.now()),
      ],
    });
    await second.close();
    await writeFile(join(dir, 'stays-2025.json'), '{"schemaVersion":2,"stays":[{"id":"ol');

    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().damaged.map((d) => d.file)).toEqual(['stays-2025.json']);
    // Lost with 2025: the change to `old` and the stay added since; 2026's change is not.
    expect(store.status().restore).toEqual([{ file: 'stays-2025.json', backup, changesLost: 2 }]);
    expect((await store.restoreBackup()).ok).toBe(true);
    expect((await store.repo.getStay('old'))?.end).toBe('2025-06-03');
    expect(await store.repo.getStay('added')).toBeUndefined();
    expect((await store.repo.getStay('new'))?.end).toBe('2026-06-04');
    await store.close();
  });

  it('restores a year of stays from a backup made before stays were split by year', async () => {
    const clock = testClock();
    const legacyStays = [
      stay('s1', '2025-06-01', '2025-06-03'),
      stay('s2', '2026-06-01', '2026-06-03'),
    ];
    await writeLegacyFolder(dir, { stays: legacyStays, audit: [] });
    // The split keeps the old layout in its backup; take every later backup away.
    const split = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    const [afterSplit, beforeSplit] = split.status().backups;
    await split.close();
    await rm(join(dir, 'backups', afterSplit ?? ''), { recursive: true });
    await writeFile(join(dir, 'stays-2026.json'), 'not json');

    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().restore).toEqual([
      { file: 'stays-2026.json', backup: beforeSplit, changesLost: 0 },
    ]);
    expect((await store.restoreBackup()).ok).toBe(true);
    expect(await store.repo.getStay('s2')).toEqual(legacyStays[1]);
    expect(await store.repo.getStay('s1')).toEqual(legacyStays[0]);
    await store.close();
  });

  it('leaves a healthy store as it is when asked to restore', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    const before = await dataFileContents(dir);
    expect((await store.restoreBackup(backup)).ok).toBe(true);
    expect(await dataFileContents(dir)).toEqual(before);
    expect(await store.repo.getPerson('p2')).toEqual(person('p2'));
    await store.close();
  });
});

describe('a damaged audit trail', () => {
  it('is found at open, kept aside, and restored keeping every good line', async () => {
    const clock = testClock();
    const backup = await storeWithBackupThenMore(clock);
    const later = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    await later.repo.apply({
      persons: [person('p3')],
      audit: [entry('person', 'p3', clock.now())],
    });
    await later.close();
    const codec = await folderCodec(dir);
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).split('\n');
    // A disk fault: one append after the backup (p2, s2 and t2's entries) turns into NUL bytes.
    const hit = lines.findIndex((l) => {
      const opened = l === '' ? undefined : codec.decodeLine('audit.jsonl', l);
      return opened?.kind === 'ok' && opened.text.includes('"entityId":"s2"');
    });
    expect(hit).toBeGreaterThan(0);
    const damagedLines = lines.map((l, i) => (i === hit ? '\u0000'.repeat(l.length) : l));
    await writeFile(join(dir, 'audit.jsonl'), damagedLines.join('\n'));

    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    const status = store.status();
    expect(status.ok).toBe(false);
    expect(status.damaged).toEqual([
      {
        file: 'audit.jsonl',
        keptAs: expect.stringMatching(/^audit\.jsonl\.corrupt-/),
        problem: 'invalid',
      },
    ]);
    expect(status.restore).toEqual([{ file: 'audit.jsonl', backup, changesLost: 1 }]);
    expect((await store.restoreBackup()).ok).toBe(true);
    const restored = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    for (const [i, line] of lines.entries()) {
      if (line !== '' && i !== hit) expect(restored).toContain(line);
    }
    expect(restored).not.toContain('\u0000');
    // The entries before the backup, and the good one after it, are all there.
    expect((await store.repo.auditOf('p1')).map((e) => e.entityId)).toEqual(['p1']);
    expect((await store.repo.auditOf('p3')).map((e) => e.entityId)).toEqual(['p3']);
    expect(await store.repo.auditOf('p2')).toEqual([]);
    await store.close();
  });

  it('takes a line torn by a crash in mid-append for what it is, not for damage', async () => {
    const clock = testClock();
    await storeWithBackupThenMore(clock);
    // The first part of a sealed line, as a kill in the middle of an append leaves it.
    const line = (await folderCodec(dir)).encodeLine('audit.jsonl', [
      JSON.stringify(entry('person', 'p9', clock.now())),
    ]);
    await appendFile(join(dir, 'audit.jsonl'), line.slice(0, Math.floor(line.length * 0.6)));
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: clock.now });
    expect(store.status().ok).toBe(true);
    await store.repo.apply({
      persons: [person('p3')],
      audit: [entry('person', 'p3', clock.now())],
    });
    expect((await store.repo.auditOf('p3')).map((e) => e.entityId)).toEqual(['p3']);
    await store.close();
  });
});
