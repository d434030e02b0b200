import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/schemas';
import type { Migration } from './migrations';
import { migrate, SCHEMA_VERSION } from './migrations';
import { openStore } from './store';
import {
  folderEntries,
  person,
  readStored,
  readStoredJson,
  testClock,
  TEST_KEYS,
} from './test-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Version 1 called the facility name `facility`; 2 renamed it; 3 trimmed it. */
function testMigrations(ran: string[]): Migration[] {
  // Listed out of order on purpose: the runner orders them by version.
  return [
    {
      version: 3,
      description: 'trim the facility name',
      up: (raw, kind) => {
        ran.push(`3:${kind}`);
        if (kind !== 'master') return raw;
        const settings = raw.settings as { facilityName: string };
        return { ...raw, settings: { ...settings, facilityName: settings.facilityName.trim() } };
      },
    },
    {
      version: 2,
      description: 'rename settings.facility to facilityName',
      up: (raw, kind) => {
        ran.push(`2:${kind}`);
        if (kind !== 'master') return raw;
        const { facility, ...settings } = raw.settings as { facility: string };
        return { ...raw, settings: { ...settings, facilityName: facility } };
      },
    },
  ];
}

const settingsWithoutName = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => key !== 'facilityName'),
);
const version1Master = {
  schemaVersion: 1,
  settings: { ...settingsWithoutName, facility: '  ひだまり  ' },
  beds: [],
  bedBlocks: [],
  persons: [person('p1')],
};

describe('migrations', () => {
  it('are at version 2 in this release: stays split by fiscal year', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(migrate({ a: 1 }, 1, 'master', [])).toEqual({ a: 1 });
  });

  it('run in version order, back up the old files first, and write the new version back', async () => {
    await mkdir(dir, { recursive: true });
    const original = JSON.stringify(version1Master);
    await writeFile(join(dir, 'master.json'), original);
    await writeFile(
      join(dir, 'training-2026.json'),
      JSON.stringify({ schemaVersion: 1, records: [] }),
    );
    const ran: string[] = [];
    const clock = testClock();
    const store = await openStore({
      keys: TEST_KEYS,
      dataDir: dir,
      now: clock.now,
      migrations: testMigrations(ran),
    });

    expect(store.status().ok).toBe(true);
    expect(ran).toEqual(['2:master', '3:master', '2:training', '3:training']);
    expect((await store.repo.getSettings()).facilityName).toBe('ひだまり');
    const written = await readStoredJson(dir, 'master.json');
    expect(written).toMatchObject({ schemaVersion: 3, settings: { facilityName: 'ひだまり' } });
    const training = await readStoredJson(dir, 'training-2026.json');
    expect(training).toMatchObject({ schemaVersion: 3 });

    // Two backups of the old files: one before they were encrypted (itself encrypted since),
    // one before the schema migration.
    const [backup, beforeEncryption] = store.status().backups;
    for (const name of [backup, beforeEncryption]) {
      expect(await readStored(join(dir, 'backups', name ?? ''), 'master.json')).toBe(original);
    }
    expect(await store.listBackups()).toEqual([
      { name: backup, good: true },
      { name: beforeEncryption, good: true },
    ]);
    expect(await readStored(dir, 'audit.jsonl')).toContain('"action":"migrate"');
    await store.close();

    ran.length = 0;
    const again = await openStore({
      keys: TEST_KEYS,
      dataDir: dir,
      now: clock.now,
      migrations: testMigrations(ran),
    });
    expect(ran).toEqual([]);
    expect(again.status().ok).toBe(true);
  });

  it('refuses a file written by a newer version, leaving it untouched', async () => {
    await mkdir(dir, { recursive: true });
    const newer = JSON.stringify({ ...version1Master, schemaVersion: SCHEMA_VERSION + 1 });
    await writeFile(join(dir, 'master.json'), newer);
    const store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });

    const status = store.status();
    expect(status.ok).toBe(false);
    expect(status.damaged).toEqual([
      {
        file: 'master.json',
        keptAs: 'master.json.newer-20261127T051000Z',
        problem: 'newer-version',
      },
    ]);
    await expect(store.repo.getSettings()).rejects.toMatchObject({
      error: { code: 'STORAGE_DAMAGED' },
    });
    // Encrypted as it was (byte for byte), then left alone: a newer Tomari can still read it.
    expect(await readStored(dir, 'master.json')).toBe(newer);
    expect(await folderEntries(dir)).toEqual([
      'backups',
      'master.json',
      'master.json.newer-20261127T051000Z',
      'tomari-keyring.json',
    ]);
  });
});
