import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay } from '../../shared/domain/schemas';
import { AUDIT_FILE } from './data-files';
import { JOURNAL_FILE, openJournal, readJournal } from './journal';
import type { ChangeSet } from './repository';
import { readFolder } from './postgres/transfer';
import { openStore, type Store } from './store';
import {
  audit,
  folderCodec,
  person,
  readStored,
  stay,
  testClock,
  TEST_KEYS,
  writeStored,
} from './test-fixtures';

let dir: string;
let store: Store | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-journal-'));
  // A folder with its key, its master file and one stay, then closed: the tests write the
  // journal (and the trail) as a crash would have left them.
  const first = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
  await first.repo.apply({
    stays: [stay('s0', '2026-05-01', '2026-05-03')],
    audit: audit('s0.saved'),
  });
  await first.close();
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

const open = async (now = testClock().now) => {
  store = await openStore({ keys: TEST_KEYS, dataDir: dir, now });
  return store;
};
/** Appends a change to the journal as a save would, then lets go of the file (as a kill does). */
const journal = async (change: string, changes: ChangeSet) => {
  const written = openJournal(await folderCodec(dir), dir);
  await written.append({ change, changes });
  await written.close();
};
const actions = async () =>
  (await readStored(dir, AUDIT_FILE))
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { action: string; change?: string }).action);
const staysOnDisk = async (): Promise<string[]> =>
  (JSON.parse(await readStored(dir, 'stays-2026.json')) as { stays: Stay[] }).stays.map(
    (s) => s.id,
  );

describe('the journal', () => {
  it('holds each change as one sealed line, read back whole, and is emptied in place', async () => {
    const changes = { persons: [person('p1', 'すずき', 'はなこ')], audit: audit('p1.saved') };
    await journal('c1', changes);
    await journal('c2', { stays: [stay('s1', '2026-05-04', '2026-05-05')], audit: [] });
    const text = await readFile(join(dir, JOURNAL_FILE), 'utf8');
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^E1:[A-Za-z0-9_-]+$/);
    expect(text).not.toContain('すずき');
    const read = await readJournal(await folderCodec(dir), dir);
    expect(read.entries.map((e) => e.change)).toEqual(['c1', 'c2']);
    expect(read.entries[0]!.changes.persons?.[0]?.familyNameKana).toBe('すずき');
    expect(read.torn + read.unusable).toBe(0);

    const opened = openJournal(await folderCodec(dir), dir);
    await opened.clear();
    expect(await readFile(join(dir, JOURNAL_FILE))).toHaveLength(0);
    // Kept open: the next append goes on at the start of the emptied file.
    await opened.append({ change: 'c3', changes: { audit: [] } });
    expect((await readJournal(await folderCodec(dir), dir)).entries.map((e) => e.change)).toEqual([
      'c3',
    ]);
    await opened.close();
  });

  it('starts a new line after one a crash cut off, so neither swallows the other', async () => {
    await journal('c1', { audit: [] });
    const text = await readFile(join(dir, JOURNAL_FILE), 'utf8');
    await writeFile(join(dir, JOURNAL_FILE), text.slice(0, 30));
    await journal('c2', { audit: [] });
    const read = await readJournal(await folderCodec(dir), dir);
    expect(read.entries.map((e) => e.change)).toEqual(['c2']);
    expect(read.torn).toBe(1);
  });
});

describe('reading the folder past the store (the move to a database, data export)', () => {
  it('is refused while the journal holds a change, and reads it once Tomari has opened the folder', async () => {
    await journal('c1', { persons: [person('p1')], audit: audit('p1.saved') });
    await expect(readFolder(dir, await folderCodec(dir))).rejects.toThrow(JOURNAL_FILE);
    await (await open()).close();
    store = undefined;
    const read = await readFolder(dir, await folderCodec(dir));
    expect(read.persons.map((p) => p.id)).toEqual(['p1']);
  });
});

describe('the replay at open', () => {
  it('applies a change the crash kept from its files, and writes its entries to the trail once', async () => {
    await journal('c1', {
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-04', '2026-05-06')],
      audit: audit('s1.saved'),
    });
    const repo = (await open()).repo;
    expect(await repo.getStay('s1')).toBeDefined();
    expect(await repo.getPerson('p1')).toBeDefined();
    expect(await staysOnDisk()).toEqual(['s0', 's1']);
    expect(await actions()).toEqual(['s0.saved', 's1.saved']);
    expect(await readFile(join(dir, JOURNAL_FILE))).toHaveLength(0);
    // Opened again: nothing more to do, nothing twice.
    await store!.close();
    await open();
    expect(await actions()).toEqual(['s0.saved', 's1.saved']);
  });

  it('comes before the daily backup, so the backup made at that open holds the changes replayed', async () => {
    await journal('c1', {
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-04', '2026-05-06')],
      audit: audit('s1.saved'),
    });
    // The next day: a daily backup is due at this open.
    const clock = testClock();
    clock.advanceHours(25);
    const opened = await open(clock.now);
    await opened.whenIdle();
    const [newest] = opened.status().backups;
    expect(newest).toBe('20261128T061000Z');
    const backup = join(dir, 'backups', newest ?? '');
    const master = JSON.parse(await readStored(backup, 'master.json')) as {
      persons: { id: string }[];
    };
    expect(master.persons.map((p) => p.id)).toEqual(['p1']);
    const stays = JSON.parse(await readStored(backup, 'stays-2026.json')) as { stays: Stay[] };
    expect(stays.stays.map((s) => s.id)).toEqual(['s0', 's1']);
    // Its trail names the change once, as the folder's does.
    const trail = (await readStored(backup, AUDIT_FILE)).trim().split('\n');
    expect(trail.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual([
      's0.saved',
      's1.saved',
    ]);
  });

  it('does not write the entries again when the crash came after they reached the trail', async () => {
    await journal('c1', {
      stays: [stay('s1', '2026-05-04', '2026-05-06')],
      audit: audit('s1.saved'),
    });
    const trail = await readStored(dir, AUDIT_FILE);
    const entry = { ...audit('s1.saved')[0], change: 'c1' };
    await writeStored(dir, AUDIT_FILE, `${trail}${JSON.stringify(entry)}\n`);
    await open();
    expect(await staysOnDisk()).toEqual(['s0', 's1']);
    expect(await actions()).toEqual(['s0.saved', 's1.saved']);
  });

  it('applies changes in their order, the last copy of a record winning, however many are in place', async () => {
    await journal('c1', {
      stays: [stay('s1', '2026-05-04', '2026-05-06', { note: '一' })],
      audit: [],
    });
    await journal('c2', {
      stays: [stay('s1', '2026-05-04', '2026-05-06', { note: '二' })],
      audit: [],
    });
    await journal('c3', { deleteStayIds: ['s0'], audit: [] });
    const repo = (await open()).repo;
    expect((await repo.getStay('s1'))?.note).toBe('二');
    expect(await repo.getStay('s0')).toBeUndefined();
    expect(await staysOnDisk()).toEqual(['s1']);
  });

  it('skips a change the trail marks failed (its save answered an error)', async () => {
    await journal('c1', { persons: [person('p1')], audit: audit('p1.saved') });
    const trail = await readStored(dir, AUDIT_FILE);
    const failed = {
      at: '2026-11-27T05:00:00.000Z',
      actor: 'system',
      action: 'change.failed',
      entity: 'storage',
      facts: { change: 'c1' },
    };
    await writeStored(dir, AUDIT_FILE, `${trail}${JSON.stringify(failed)}\n`);
    const repo = (await open()).repo;
    expect(await repo.getPerson('p1')).toBeUndefined();
    expect(await actions()).toEqual(['s0.saved', 'change.failed']);
    expect(await readFile(join(dir, JOURNAL_FILE))).toHaveLength(0);
  });

  it('drops a line a crash cut off in mid-append, keeping the whole ones before it', async () => {
    await journal('c1', { persons: [person('p1')], audit: audit('p1.saved') });
    await journal('c2', { persons: [person('p2')], audit: audit('p2.saved') });
    const text = await readFile(join(dir, JOURNAL_FILE), 'utf8');
    await writeFile(join(dir, JOURNAL_FILE), text.slice(0, text.length - 40));
    const repo = (await open()).repo;
    expect(await repo.getPerson('p1')).toBeDefined();
    expect(await repo.getPerson('p2')).toBeUndefined();
    expect(await actions()).toEqual(['s0.saved', 'p1.saved']);
    // A cut-off line is no damage: nothing is kept aside.
    expect((await readdir(dir)).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });

  it('keeps a journal with a line that does not open aside, and applies the lines that do', async () => {
    await journal('c1', { persons: [person('p1')], audit: audit('p1.saved') });
    // A line of another key (or a changed byte): sealed-looking, but it does not open.
    await appendFile(join(dir, JOURNAL_FILE), `E1:${'A'.repeat(120)}\n`);
    const repo = (await open()).repo;
    expect(await repo.getPerson('p1')).toBeDefined();
    const kept = (await readdir(dir)).filter((n) => n.startsWith(`${JOURNAL_FILE}.corrupt-`));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, JOURNAL_FILE))).toHaveLength(0);
    expect(store!.status().ok).toBe(true);
  });
});
