/**
 * Stays filed by fiscal year (stays-<年度>.json, by arrival): every question that spans years
 * still sees each stay once, at the 3/31–4/1 boundary too, and a stay whose arrival crosses it
 * moves file without ever being lost or seen twice.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay } from '../../shared/domain/schemas';
import { SCHEMA_VERSION } from './migrations';
import { openStore } from './store';
import type { Store } from './store';
import { audit, readStored, stay, testClock, TEST_KEYS, writeStored } from './test-fixtures';
import { findStaleCopies } from './stay-partitions';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-years-'));
  store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// Files are read once the last change is in place (it follows the answer: journal.ts).
const idsInFile = async (file: string): Promise<string[]> => {
  await store.whenIdle();
  return ((JSON.parse(await readStored(dir, file)) as { stays: Stay[] }).stays ?? []).map(
    (s) => s.id,
  );
};
const yearFiles = async () => {
  await store.whenIdle();
  return (await readdir(dir)).filter((n) => /^stays-\d{4}\.json$/.test(n));
};
const ids = (stays: readonly Stay[]) => stays.map((s) => s.id);

describe('stays filed by the fiscal year of their arrival', () => {
  beforeEach(async () => {
    await store.repo.apply({
      stays: [
        stay('march', '2026-03-20', '2026-03-25'),
        // Across 3/31–4/1: filed in 2025, where it starts.
        stay('across', '2026-03-30', '2026-04-02', { personId: 'p2', bedId: 'b2' }),
        stay('april', '2026-04-01', '2026-04-03'),
        stay('bumped-old', '2025-06-01', '2025-06-03', { status: 'bumped' }),
        stay('bumped-new', '2026-06-01', '2026-06-03', { status: 'bumped' }),
        stay('long', '2025-12-20', '2026-05-10', { personId: 'p3', bedId: 'b3' }),
      ],
      audit: audit(),
    });
  });

  it('writes each stay into its year only', async () => {
    expect(await yearFiles()).toEqual(['stays-2025.json', 'stays-2026.json']);
    expect((await idsInFile('stays-2025.json')).sort()).toEqual([
      'across',
      'bumped-old',
      'long',
      'march',
    ]);
    expect((await idsInFile('stays-2026.json')).sort()).toEqual(['april', 'bumped-new']);
  });

  it.each([
    ['the last night of the year', '2026-03-31', '2026-03-31', ['long', 'across']],
    ['the first day of the next', '2026-04-01', '2026-04-01', ['long', 'across', 'april']],
    ['a range inside the next year only', '2026-04-02', '2026-04-30', ['long', 'across', 'april']],
    ['the departure day of the last stay of the year before', '2026-05-10', '2026-05-10', ['long']],
    ['a range after the long stay', '2026-05-11', '2026-12-31', ['bumped-new']],
    ['both years', '2026-03-01', '2026-04-30', ['long', 'march', 'across', 'april']],
  ])('finds the stays touching %s', async (_label, from, to, expected) => {
    expect(ids(await store.repo.staysInRange({ from, to }))).toEqual(expected);
  });

  it("answers a person's and a bed's stays across the boundary, and by id", async () => {
    const range = { from: '2026-04-01', to: '2026-04-01' };
    expect(ids(await store.repo.staysInRange(range, { personId: 'p2' }))).toEqual(['across']);
    expect(ids(await store.repo.staysInRange(range, { bedId: 'b3' }))).toEqual(['long']);
    expect((await store.repo.getStay('across'))?.end).toBe('2026-04-02');
    expect(await store.repo.getStay('nowhere')).toBeUndefined();
  });

  it('lists the stays to contact from every year, oldest first', async () => {
    expect(ids(await store.repo.staysToContact())).toEqual(['bumped-old', 'bumped-new']);
  });

  it('moves a stay whose arrival crosses 3/31–4/1 into its new year, and back', async () => {
    await store.repo.apply({ stays: [stay('march', '2026-04-05', '2026-04-07')], audit: audit() });
    expect(await idsInFile('stays-2025.json')).not.toContain('march');
    expect(await idsInFile('stays-2026.json')).toContain('march');
    const range = { from: '2026-03-01', to: '2026-04-30' };
    expect(ids(await store.repo.staysInRange(range)).filter((id) => id === 'march')).toHaveLength(
      1,
    );
    expect((await store.repo.getStay('march'))?.start).toBe('2026-04-05');

    await store.repo.apply({ stays: [stay('march', '2026-03-19', '2026-03-21')], audit: audit() });
    expect(await idsInFile('stays-2025.json')).toContain('march');
    expect(await idsInFile('stays-2026.json')).not.toContain('march');
    expect((await store.repo.getStay('march'))?.start).toBe('2026-03-19');

    // The same answers from the files alone.
    await store.close();
    store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
    expect(ids(await store.repo.staysInRange(range))).toEqual(['long', 'march', 'across', 'april']);
  });

  it('moves stays both ways in one change', async () => {
    await store.repo.apply({
      stays: [stay('march', '2026-04-10', '2026-04-12'), stay('april', '2026-03-10', '2026-03-12')],
      audit: audit(),
    });
    expect((await idsInFile('stays-2025.json')).sort()).toEqual([
      'across',
      'april',
      'bumped-old',
      'long',
    ]);
    expect((await idsInFile('stays-2026.json')).sort()).toEqual(['bumped-new', 'march']);
    await store.close();
    store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
    expect((await store.repo.getStay('april'))?.start).toBe('2026-03-10');
    expect((await store.repo.getStay('march'))?.start).toBe('2026-04-10');
  });

  it('opens a year file for a year new to the folder on its first stay', async () => {
    await store.repo.apply({ stays: [stay('far', '2030-01-10', '2030-01-12')], audit: audit() });
    expect(await yearFiles()).toEqual(['stays-2025.json', 'stays-2026.json', 'stays-2029.json']);
    expect(ids(await store.repo.staysInRange({ from: '2030-01-01', to: '2030-01-31' }))).toEqual([
      'far',
    ]);
  });
});

describe('a move cut short by a crash', () => {
  const version = SCHEMA_VERSION;
  const write = (name: string, doc: unknown) => writeStored(dir, name, JSON.stringify(doc));

  it.each([
    ['the new year, written first, marks the move', 2026, '2026-04-05'],
    ['an older mark loses to a newer one', 2025, '2026-03-05'],
  ])(
    'keeps the marked copy when %s, and removes the other from disk',
    async (_l, winner, start) => {
      await store.close();
      const moved = stay('m', start, start.replace(/-0\d$/, '-09'));
      const other =
        winner === 2026
          ? stay('m', '2026-03-05', '2026-03-09')
          : stay('m', '2026-04-05', '2026-04-09');
      await mkdir(dir, { recursive: true });
      if (winner === 2026) {
        await write('stays-2025.json', { schemaVersion: version, stays: [other] });
        await write('stays-2026.json', { schemaVersion: version, stays: [moved], moves: { m: 3 } });
      } else {
        await write('stays-2025.json', { schemaVersion: version, stays: [moved], moves: { m: 7 } });
        await write('stays-2026.json', { schemaVersion: version, stays: [other], moves: { m: 3 } });
      }
      store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
      expect(store.status().ok).toBe(true);
      expect(await store.repo.getStay('m')).toEqual(moved);
      expect(await store.repo.staysInRange({ from: '2026-03-01', to: '2026-04-30' })).toEqual([
        moved,
      ]);
      const loser = winner === 2026 ? 'stays-2025.json' : 'stays-2026.json';
      expect(await idsInFile(loser)).toEqual([]);
    },
  );

  it('is told apart by marks only, never by a file of the same year', () => {
    const a = stay('a', '2026-05-01', '2026-05-02');
    const years = new Map([
      [2026, { schemaVersion: 2, stays: [a, { ...a, note: 'again' }] }],
      [2025, { schemaVersion: 2, stays: [stay('b', '2025-05-01', '2025-05-02')] }],
    ]);
    expect(findStaleCopies(years)).toEqual([]);
  });
});
