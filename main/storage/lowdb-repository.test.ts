import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/errors';
import { DEFAULT_SETTINGS } from '../../shared/domain/schemas';
import type { Stay } from '../../shared/domain/schemas';
import type { StayDay } from '../../shared/domain/stay-day';
import { emptyMaster } from './open-data-file';
import { SCHEMA_VERSION } from './migrations';
import { openStore } from './store';
import type { Store } from './store';
import {
  audit,
  bed,
  blockWrites,
  folderEntries,
  person,
  stay,
  testClock,
  trainingRecord,
  readStored,
  readStoredJson,
  TEST_KEYS,
  writeStored,
} from './test-fixtures';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-repo-'));
  store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// The files are read once the last change is in place: that follows its answer (journal.ts).
const readJson = async (file: string): Promise<unknown> => {
  await store.whenIdle();
  return readStoredJson(join(dir, 'data'), file);
};
const entries = async (): Promise<string[]> => {
  await store.whenIdle();
  return folderEntries(join(dir, 'data'));
};
const trailLines = async (): Promise<string[]> => {
  await store.whenIdle();
  return (await readStored(join(dir, 'data'), 'audit.jsonl')).trim().split('\n');
};
/** Makes the 2026 stays file's writes fail until the answered function is called. */
const blockStaysWrites = () => blockWrites(join(dir, 'data'), 'stays-2026.json');
const fileBytes = async (file: string): Promise<Buffer> => {
  await store.whenIdle();
  return readFile(join(dir, 'data', file));
};

describe('a fresh store', () => {
  it('starts with the default settings and empty lists, its master file and its first backup', async () => {
    expect(await store.repo.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.repo.listBeds()).toEqual([]);
    expect(await store.repo.searchPersons('')).toEqual([]);
    expect(store.status()).toEqual({
      ok: true,
      dataDir: join(dir, 'data'),
      damaged: [],
      newestBackup: '20261127T051000Z',
      backups: ['20261127T051000Z'],
      restore: [],
    });
    expect(await readdir(dir)).toEqual(['data']);
    // Stays and training records have a file per fiscal year, made by the year's first write.
    expect(await folderEntries(join(dir, 'data'))).toEqual([
      'backups',
      'master.json',
      'tomari-keyring.json',
    ]);
  });

  it('creates the other files on the first write that touches them', async () => {
    await store.repo.apply({ beds: [bed('b1')], audit: audit() });
    // The journal carries each change until its files are in place, then is emptied (kept).
    expect(await entries()).toEqual([
      'audit.jsonl',
      'backups',
      'journal.jsonl',
      'master.json',
      'tomari-keyring.json',
    ]);
    expect(await fileBytes('journal.jsonl')).toHaveLength(0);
    expect(await readJson('master.json')).toMatchObject({ schemaVersion: 2, beds: [bed('b1')] });
    await store.repo.apply({ stays: [stay('s1', '2026-05-01', '2026-05-03')], audit: audit() });
    expect(await entries()).toEqual([
      'audit.jsonl',
      'backups',
      'journal.jsonl',
      'master.json',
      'stays-2026.json',
      'tomari-keyring.json',
    ]);
  });
});

describe('apply', () => {
  it('serializes 50 changes fired without waiting, and the file holds them all', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.repo.apply({ stays: [stay(`s${i}`, '2026-05-01', '2026-05-03')], audit: audit() }),
      ),
    );
    const file = (await readJson('stays-2026.json')) as { stays: Stay[] };
    expect(file.stays.map((s) => s.id).sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `s${i}`).sort(),
    );
    expect(await trailLines()).toHaveLength(50);
  });

  it('writes nothing when one record of the set is invalid', async () => {
    await store.repo.apply({ persons: [person('p1')], audit: audit() });
    const before = await fileBytes('master.json');
    const logBefore = await fileBytes('audit.jsonl');
    const error: unknown = await store.repo
      .apply({
        persons: [person('p2')],
        stays: [{ ...stay('s1', '2026-05-01', '2026-05-03'), start: '2026-02-30' }],
        audit: audit(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).error.code).toBe('INVALID_INPUT');
    expect((error as ServiceError).error.issues?.[0]?.path).toEqual(['stays', 0, 'start']);
    expect(await fileBytes('master.json')).toEqual(before);
    expect(await fileBytes('audit.jsonl')).toEqual(logBefore);
    expect(await fileBytes('journal.jsonl')).toHaveLength(0);
    expect(await entries()).toEqual([
      'audit.jsonl',
      'backups',
      'journal.jsonl',
      'master.json',
      'tomari-keyring.json',
    ]);
    expect(await store.repo.getPerson('p2')).toBeUndefined();
  });

  it('keeps nothing of a change whose journal line cannot be written (STORAGE_ERROR), and says it failed', async () => {
    const before = await fileBytes('master.json');
    // Before the first save, the journal's place is taken by a folder: no change can be made
    // durable.
    await mkdir(join(dir, 'data', 'journal.jsonl'));
    const error: unknown = await store.repo
      .apply({ persons: [person('p2')], audit: audit('person.create') })
      .catch((e: unknown) => e);
    expect((error as ServiceError).error.code).toBe('STORAGE_ERROR');
    expect(await store.repo.getPerson('p2')).toBeUndefined();
    expect(await fileBytes('master.json')).toEqual(before);
    const trail = await trailLines();
    expect(trail.some((l) => l.includes('person.create'))).toBe(false);
    expect(trail.at(-1)).toContain('change.failed');

    await rm(join(dir, 'data', 'journal.jsonl'), { recursive: true });
    await store.repo.apply({ persons: [person('p2')], audit: audit('person.create') });
    expect(await store.repo.getPerson('p2')).toBeDefined();
  });

  it('keeps a change whose entries cannot reach the trail in the journal, and refuses more (AUDIT_NOT_WRITTEN) until they do', async () => {
    await store.repo.apply({ persons: [person('p1')], audit: audit() });
    await store.whenIdle();
    // The audit trail's place is taken by a folder: entries cannot be appended.
    await rm(join(dir, 'data', 'audit.jsonl'));
    await mkdir(join(dir, 'data', 'audit.jsonl'));
    // Acknowledged once its journal line is flushed: kept, though its entries are not in the trail.
    await store.repo.apply({ persons: [person('p2')], audit: audit('p2.saved') });
    expect(await store.repo.getPerson('p2')).toBeDefined();
    await store.whenIdle();
    expect((await fileBytes('journal.jsonl')).length).toBeGreaterThan(0);
    const error: unknown = await store.repo
      .apply({ persons: [person('p3')], audit: audit('p3.saved') })
      .catch((e: unknown) => e);
    expect((error as ServiceError).error.code).toBe('AUDIT_NOT_WRITTEN');
    expect(await store.repo.getPerson('p3')).toBeUndefined();

    // The trail writable again: the next change first puts p2's entries in place, once.
    await rm(join(dir, 'data', 'audit.jsonl'), { recursive: true });
    await store.repo.apply({ persons: [person('p3')], audit: audit('p3.saved') });
    const trail = await trailLines();
    expect(trail.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual([
      'p2.saved',
      'p3.saved',
    ]);
    expect(await fileBytes('journal.jsonl')).toHaveLength(0);
    const master = (await readJson('master.json')) as { persons: { id: string }[] };
    expect(master.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('keeps a change whose files cannot be put in place, refuses more (STORAGE_ERROR), and puts it in place once they can be', async () => {
    await store.repo.apply({ stays: [stay('s0', '2026-05-01', '2026-05-03')], audit: audit() });
    const staysBefore = await fileBytes('stays-2026.json');
    const masterBefore = await fileBytes('master.json');
    // Its write fails, master's does not, but master's new version is not put in place either
    // (a change goes in place whole).
    const unblock = await blockStaysWrites();
    await store.repo.apply({
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      audit: audit(),
    });
    // Acknowledged (in the journal): memory holds it, the files do not yet.
    expect(await store.repo.getStay('s1')).toBeDefined();
    expect(await store.repo.getPerson('p1')).toBeDefined();
    expect(await fileBytes('stays-2026.json')).toEqual(staysBefore);
    expect(await fileBytes('master.json')).toEqual(masterBefore);
    const temps = (await readdir(join(dir, 'data'))).filter((n) => n.startsWith('.master.json.'));
    expect(temps).toEqual([]);
    const error: unknown = await store.repo
      .apply({ stays: [stay('s2', '2026-05-01', '2026-05-03')], audit: audit() })
      .catch((e: unknown) => e);
    expect((error as ServiceError).error.code).toBe('STORAGE_ERROR');
    expect(await store.repo.getStay('s2')).toBeUndefined();
    expect(store.status().ok).toBe(true);

    await unblock();
    await store.repo.apply({ stays: [stay('s2', '2026-05-01', '2026-05-03')], audit: audit() });
    const stays = (await readJson('stays-2026.json')) as { stays: Stay[] };
    expect(stays.stays.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    const master = (await readJson('master.json')) as { persons: { id: string }[] };
    expect(master.persons.map((p) => p.id)).toEqual(['p1']);
    expect(await trailLines()).toHaveLength(3);
  });

  it('replays at the next open a change a crash kept from its files, its entries once', async () => {
    await store.repo.apply({ stays: [stay('s0', '2026-05-01', '2026-05-03')], audit: audit() });
    await store.whenIdle();
    const unblock = await blockStaysWrites();
    await store.repo.apply({
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      audit: audit('s1.saved'),
    });
    await store.close();
    expect((await fileBytes('journal.jsonl')).length).toBeGreaterThan(0);
    await unblock();

    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    expect(await store.repo.getStay('s1')).toBeDefined();
    expect(await store.repo.getPerson('p1')).toBeDefined();
    const stays = (await readJson('stays-2026.json')) as { stays: Stay[] };
    expect(stays.stays.map((s) => s.id)).toEqual(['s0', 's1']);
    const actions = (await trailLines()).map((l) => (JSON.parse(l) as { action: string }).action);
    expect(actions).toEqual(['test', 's1.saved']);
    expect(await fileBytes('journal.jsonl')).toHaveLength(0);
  });

  it('upserts by id', async () => {
    await store.repo.apply({ beds: [bed('b1', 2), bed('b2', 1)], audit: audit() });
    await store.repo.apply({ beds: [{ ...bed('b1', 2), name: 'Window' }], audit: audit() });
    expect((await store.repo.listBeds()).map((b) => [b.id, b.name])).toEqual([
      ['b2', 'Bed b2'],
      ['b1', 'Window'],
    ]);
  });
});

describe('reading', () => {
  it('hands out copies, so changing a result changes nothing stored', async () => {
    await store.repo.apply({ persons: [person('p1')], audit: audit() });
    const got = await store.repo.getPerson('p1');
    if (got) got.familyName = 'changed';
    (await store.repo.getSettings()).facilityName = 'changed';
    expect((await store.repo.getPerson('p1'))?.familyName).toBe('山田');
    expect((await store.repo.getSettings()).facilityName).toBe('');
  });

  it('finds stays whose dates touch the range, both ends included', async () => {
    await store.repo.apply({
      stays: [
        stay('before', '2026-05-01', '2026-05-09'),
        stay('arrives-on-last', '2026-05-20', '2026-05-22'),
        stay('leaves-on-first', '2026-05-05', '2026-05-10'),
        stay('inside-other-bed', '2026-05-12', '2026-05-13', { bedId: 'b2' }),
        stay('after', '2026-05-21', '2026-05-25'),
      ],
      audit: audit(),
    });
    const ids = async (filter?: { bedId?: string }) =>
      (await store.repo.staysInRange({ from: '2026-05-10', to: '2026-05-20' }, filter)).map(
        (s) => s.id,
      );
    expect(await ids()).toEqual(['leaves-on-first', 'inside-other-bed', 'arrives-on-last']);
    expect(await ids({ bedId: 'b1' })).toEqual(['leaves-on-first', 'arrives-on-last']);
  });

  it('finds blocks whose nights touch the range, the end date not being a night', async () => {
    const block = (id: string, start: string, end: string) => ({
      id,
      bedId: 'b1',
      start,
      end,
      reason: 'repairs',
    });
    await store.repo.apply({
      bedBlocks: [
        block('ends-on-first', '2026-05-01', '2026-05-10'),
        block('in', '2026-05-10', '2026-05-11'),
      ],
      audit: audit(),
    });
    const found = await store.repo.blocksInRange({ from: '2026-05-10', to: '2026-05-10' });
    expect(found.map((b) => b.id)).toEqual(['in']);
    expect(await store.repo.blocksInRange({ from: '2026-05-10', to: '2026-05-10' }, 'b2')).toEqual(
      [],
    );
  });

  it('searches persons by name or kana and sorts them by kana', async () => {
    await store.repo.apply({
      persons: [
        person('p1', 'やまだ', 'はなこ'),
        person('p2', 'あおき', 'じろう'),
        person('p3', 'やまだ', 'あきら'),
      ],
      audit: audit(),
    });
    expect((await store.repo.searchPersons('')).map((p) => p.id)).toEqual(['p2', 'p3', 'p1']);
    expect((await store.repo.searchPersons('ヤマダ')).map((p) => p.id)).toEqual(['p3', 'p1']);
    expect((await store.repo.searchPersons('山田')).map((p) => p.id)).toEqual(['p2', 'p3', 'p1']);
    expect(await store.repo.searchPersons('すずき')).toEqual([]);
  });

  it('finds the persons holding one recipient certificate number, and no one else', async () => {
    await store.repo.apply({
      persons: [
        { ...person('p1', 'やまだ', 'はなこ'), certificateNumber: '1300000001' },
        { ...person('p2', 'あおき', 'じろう'), certificateNumber: '1300000001' },
        { ...person('p3', 'やまだ', 'あきら'), certificateNumber: '1300000002' },
        person('p4'),
      ],
      audit: audit(),
    });
    expect((await store.repo.personsWithCertificate('1300000001')).map((p) => p.id)).toEqual([
      'p2',
      'p1',
    ]);
    expect(await store.repo.personsWithCertificate('1300000009')).toEqual([]);
  });

  it('lists bumped stays not yet contacted', async () => {
    await store.repo.apply({
      stays: [
        stay('bumped', '2026-05-01', '2026-05-03', { status: 'bumped' }),
        stay('called', '2026-05-01', '2026-05-03', {
          status: 'bumped',
          contactedAt: '2026-05-01T01:00:00.000Z',
        }),
        stay('fine', '2026-05-01', '2026-05-03'),
      ],
      audit: audit(),
    });
    expect((await store.repo.staysToContact()).map((s) => s.id)).toEqual(['bumped']);
  });
});

describe('the stay indexes', () => {
  it('follow a stay moved to other dates, another bed and another person', async () => {
    await store.repo.apply({
      stays: [
        stay('a', '2026-05-01', '2026-05-03'),
        stay('b', '2026-05-02', '2026-05-04', { bedId: 'b2', personId: 'p2' }),
      ],
      audit: audit(),
    });
    const ids = async (filter?: { bedId?: string; personId?: string }) =>
      (await store.repo.staysInRange({ from: '2026-05-01', to: '2026-06-30' }, filter)).map(
        (s) => s.id,
      );
    expect(await ids()).toEqual(['a', 'b']);
    await store.repo.apply({
      stays: [stay('a', '2026-06-01', '2026-06-03', { bedId: 'b2', personId: 'p2' })],
      audit: audit(),
    });
    expect(await ids()).toEqual(['b', 'a']);
    expect(await ids({ bedId: 'b1' })).toEqual([]);
    expect(await ids({ bedId: 'b2' })).toEqual(['b', 'a']);
    expect(await ids({ personId: 'p1' })).toEqual([]);
    expect(await ids({ personId: 'p2', bedId: 'b2' })).toEqual(['b', 'a']);
    await store.repo.apply({
      stays: [{ ...stay('b', '2026-05-02', '2026-05-04'), note: 'x' }],
      audit: audit(),
    });
    expect(await ids({ personId: 'p1' })).toEqual(['b']);
    expect((await store.repo.getStay('b'))?.note).toBe('x');
    const file = (await readJson('stays-2026.json')) as { stays: Stay[] };
    expect(file.stays.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('find a long stay that began well before the range', async () => {
    await store.repo.apply({
      stays: [stay('long', '2026-01-05', '2026-04-20'), stay('short', '2026-04-01', '2026-04-03')],
      audit: audit(),
    });
    const found = await store.repo.staysInRange({ from: '2026-04-10', to: '2026-04-12' });
    expect(found.map((s) => s.id)).toEqual(['long']);
  });

  it('are rebuilt after a bulk change and after the store is opened again', async () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      stay(`s${String(i).padStart(3, '0')}`, '2026-05-01', '2026-05-03', {
        personId: `p${i % 7}`,
      }),
    );
    await store.repo.apply({ stays: many, audit: audit() });
    const inRange = () =>
      store.repo.staysInRange({ from: '2026-05-02', to: '2026-05-02' }, { personId: 'p3' });
    expect(await inRange()).toHaveLength(86);
    await store.close();
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    expect(await inRange()).toHaveLength(86);
    expect(await store.repo.getStay('s599')).toEqual(many[599]);
  });

  it('write the file exactly as JSON.stringify would', async () => {
    await store.repo.apply({
      stays: [stay('a', '2026-05-01', '2026-05-03', { note: '"quoted"\n' })],
      audit: audit(),
    });
    await store.repo.apply({ stays: [stay('b', '2026-05-01', '2026-05-03')], audit: audit() });
    const text = await readStored(join(dir, 'data'), 'stays-2026.json');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
  });
});

describe('training records', () => {
  it('are upserted and deleted in bulk, the last copy of an id winning', async () => {
    await store.repo.apply({
      stays: [stay('s1', '2026-03-01', '2026-04-30')],
      trainingRecords: Array.from({ length: 40 }, (_, i) =>
        trainingRecord(`t${i}`, 's1', i % 2 ? '2026-03-10' : '2026-04-10'),
      ),
      audit: audit(),
    });
    await store.repo.apply({
      trainingRecords: [
        trainingRecord('t0', 's1', '2026-03-11'),
        ...Array.from({ length: 20 }, (_, i) => trainingRecord(`n${i}`, 's1', '2026-04-11')),
        trainingRecord('t0', 's1', '2026-04-12'),
      ],
      deleteTrainingRecordIds: ['t1', 'n5'],
      audit: audit(),
    });
    const y2025 = (await readJson('training-2025.json')) as { records: { id: string }[] };
    const y2026 = (await readJson('training-2026.json')) as { records: { id: string }[] };
    expect(y2025.records).toHaveLength(19);
    expect(y2026.records).toHaveLength(19 + 19 + 1);
    expect(y2026.records.at(-1)).toMatchObject({ id: 't0', date: '2026-04-12' });
    expect(await store.repo.getTrainingRecord('t1')).toBeUndefined();
    expect(await store.repo.getTrainingRecord('n5')).toBeUndefined();
    expect(await store.repo.trainingRecordsOfStay('s1')).toHaveLength(58);
  });

  it('are filed per fiscal year and read back across the 31 March boundary', async () => {
    await store.repo.apply({
      stays: [stay('s1', '2027-03-30', '2027-04-02')],
      trainingRecords: [
        trainingRecord('t3', 's1', '2027-04-01', 'laundry'),
        trainingRecord('t1', 's1', '2027-03-30', 'laundry'),
        trainingRecord('t2', 's1', '2027-03-30', 'cooking'),
      ],
      audit: audit(),
    });
    expect(await readJson('training-2026.json')).toMatchObject({
      records: [{ id: 't1' }, { id: 't2' }],
    });
    expect(await readJson('training-2027.json')).toMatchObject({ records: [{ id: 't3' }] });
    const records = await store.repo.trainingRecordsOfStay('s1');
    expect(records.map((r) => r.id)).toEqual(['t2', 't1', 't3']);
  });

  it('move to the other year file when their date changes, and can be deleted', async () => {
    await store.repo.apply({
      stays: [stay('s1', '2027-03-30', '2027-04-02')],
      trainingRecords: [trainingRecord('t1', 's1', '2027-03-31')],
      audit: audit(),
    });
    await store.repo.apply({
      trainingRecords: [trainingRecord('t1', 's1', '2027-04-01')],
      audit: audit(),
    });
    expect(await readJson('training-2026.json')).toMatchObject({ records: [] });
    expect(await readJson('training-2027.json')).toMatchObject({ records: [{ id: 't1' }] });
    expect((await store.repo.getTrainingRecord('t1'))?.date).toBe('2027-04-01');
    await store.repo.apply({ deleteTrainingRecordIds: ['t1'], audit: audit() });
    expect(await store.repo.getTrainingRecord('t1')).toBeUndefined();
    expect(await readJson('training-2027.json')).toMatchObject({ records: [] });
  });
});

describe('day facts', () => {
  const day = (id: string, stayId: string, date: string, note?: string): StayDay => ({
    id,
    stayId,
    date,
    meals: { breakfast: true, lunch: true, dinner: true },
    pickup: false,
    dropoff: false,
    createdAt: '2026-03-30T00:00:00.000Z',
    ...(note ? { note } : {}),
  });

  it('sit in the fiscal year file of their date, beside its training records', async () => {
    await store.repo.apply({
      stays: [stay('s1', '2027-03-30', '2027-04-02'), stay('s2', '2027-03-30', '2027-04-01')],
      trainingRecords: [trainingRecord('t1', 's1', '2027-03-31')],
      stayDays: [
        day('d2', 's1', '2027-04-01'),
        day('d1', 's1', '2027-03-31'),
        day('d3', 's2', '2027-03-31'),
      ],
      audit: audit(),
    });
    expect(await readJson('training-2026.json')).toMatchObject({
      records: [{ id: 't1' }],
      days: [{ id: 'd1' }, { id: 'd3' }],
    });
    expect(await readJson('training-2027.json')).toMatchObject({
      records: [],
      days: [{ id: 'd2' }],
    });
    expect((await store.repo.stayDaysOfStay('s1')).map((d) => d.id)).toEqual(['d1', 'd2']);
    const range = { from: '2027-03-31', to: '2027-04-01' };
    expect((await store.repo.stayDaysInRange(range, ['s1', 's2'])).map((d) => d.id)).toEqual([
      'd1',
      'd2',
      'd3',
    ]);
    expect((await store.repo.stayDaysInRange(range, ['s2'])).map((d) => d.id)).toEqual(['d3']);
    expect(
      await store.repo.stayDaysInRange({ from: '2030-01-01', to: '2030-01-31' }, ['s1']),
    ).toEqual([]);
  });

  it('are upserted by id and kept across a reopen', async () => {
    await store.repo.apply({
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      stayDays: [day('d1', 's1', '2026-05-02', '一回目')],
      audit: audit(),
    });
    await store.repo.apply({ stayDays: [day('d1', 's1', '2026-05-02', '二回目')], audit: audit() });
    await store.close();
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    expect((await store.repo.stayDaysOfStay('s1')).map((d) => d.note)).toEqual(['二回目']);
  });

  it('are read from year files written before day facts were kept', async () => {
    await store.close();
    await writeStored(
      join(dir, 'data'),
      'training-2026.json',
      JSON.stringify({ schemaVersion: 1, records: [] }),
    );
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    await store.repo.apply({ stays: [stay('s1', '2026-05-01', '2026-05-03')], audit: audit() });
    expect(await store.repo.stayDaysOfStay('s1')).toEqual([]);
  });

  it('make a year file that holds a day of another year damaged, never silently used', async () => {
    await store.close();
    await writeStored(
      join(dir, 'data'),
      'training-2026.json',
      JSON.stringify({ schemaVersion: 1, records: [], days: [day('d1', 's1', '2027-05-01')] }),
    );
    // Every file is read at open: the misfiled day marks its year file damaged at once.
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    const status = store.status();
    expect(status.ok).toBe(false);
    expect(status.damaged.map((d) => [d.file, d.problem])).toEqual([
      ['training-2026.json', 'invalid'],
    ]);
    await expect(store.repo.stayDaysOfStay('s1')).rejects.toMatchObject({
      error: { code: 'STORAGE_DAMAGED' },
    });
  });
});

describe('closing and opening again', () => {
  it('keeps every kind of data', async () => {
    const clock = testClock();
    await store.repo.apply({
      settings: { ...DEFAULT_SETTINGS, facilityName: 'ひだまり' },
      beds: [bed('b1')],
      bedBlocks: [{ id: 'k1', bedId: 'b1', start: '2026-06-01', end: '2026-06-02', reason: 'wax' }],
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      trainingRecords: [trainingRecord('t1', 's1', '2026-05-02')],
      audit: audit(),
    });
    await store.close();
    await expect(store.repo.getSettings()).rejects.toMatchObject({
      error: { code: 'STORE_CLOSED' },
    });
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: clock.now });
    expect((await store.repo.getSettings()).facilityName).toBe('ひだまり');
    expect(await store.repo.getBed('b1')).toEqual(bed('b1'));
    expect(await store.repo.blocksInRange({ from: '2026-06-01', to: '2026-06-01' })).toHaveLength(
      1,
    );
    expect(await store.repo.getPerson('p1')).toEqual(person('p1'));
    expect(await store.repo.getStay('s1')).toEqual(stay('s1', '2026-05-01', '2026-05-03'));
    expect(await store.repo.trainingRecordsOfStay('s1')).toEqual([
      trainingRecord('t1', 's1', '2026-05-02'),
    ]);
  });
});

describe('staff, their secrets and their sign-in counters', () => {
  const credential = (staffId: string, hash: string) => ({
    staffId,
    algorithm: 'scrypt' as const,
    N: 1024,
    r: 8,
    p: 1,
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    hash,
    setAt: '2026-05-12T00:00:00.000Z',
  });
  const member = (id: string, name: string, nameKana: string) => ({
    id,
    name,
    nameKana,
    roles: ['care' as const],
    qualifications: [],
    active: true,
  });

  it('are kept with the master data, replaced per staff member, and found again after a restart', async () => {
    await store.repo.apply({
      staff: [member('w', '渡辺', 'わたなべ'), member('a', '青木', 'あおき')],
      credentials: [
        credential('w', 'aGFzaC13LWhhc2gtdy1oYXNo'),
        credential('a', 'aGFzaC1hLWhhc2gtYS1oYXNo'),
      ],
      signInStates: [{ staffId: 'w', failures: 2 }],
      audit: audit(),
    });
    await store.repo.apply({
      credentials: [credential('w', 'bmV3LWhhc2gtbmV3LWhhc2g=')],
      signInStates: [{ staffId: 'w', failures: 0 }],
      audit: audit(),
    });
    await store.close();
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    expect((await store.repo.listStaff()).map((s) => s.name)).toEqual(['青木', '渡辺']);
    expect((await store.repo.getCredential('w'))?.hash).toBe('bmV3LWhhc2gtbmV3LWhhc2g=');
    expect(await store.repo.getSignInState('w')).toEqual({ staffId: 'w', failures: 0 });
    expect(await store.repo.getSignInState('a')).toBeUndefined();
    expect(await readJson('master.json')).toMatchObject({ credentials: [{}, {}] });
  });

  it('start empty in a master file written before staff signed in', async () => {
    await store.close();
    const older: Record<string, unknown> = emptyMaster(SCHEMA_VERSION);
    for (const key of ['staff', 'credentials', 'signInStates']) delete older[key];
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeStored(join(dir, 'data'), 'master.json', JSON.stringify(older));
    store = await openStore({ keys: TEST_KEYS, dataDir: join(dir, 'data'), now: testClock().now });
    expect(store.status().ok).toBe(true);
    expect(await store.repo.listStaff()).toEqual([]);
  });
});
