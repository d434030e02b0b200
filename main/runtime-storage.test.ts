/**
 * What the storage services are given of an open embedded store (`storageOf`): reading the whole
 * folder (the move to a server) waits until every answered change is in its files, and refuses
 * with the store's own code while one cannot be put in place, never as an internal error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../shared/api/errors';
import { storageOf } from './runtime';
import { openStore, type Store } from './storage/store';
import { audit, blockWrites, person, stay, testClock, TEST_KEYS } from './storage/test-fixtures';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-runtime-storage-'));
  store = await openStore({ keys: TEST_KEYS, dataDir: dir, now: testClock().now });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('reading the whole folder through the services', () => {
  it('refuses with STORAGE_ERROR while an answered change is not in its files, and reads it once it is', async () => {
    await store.repo.apply({ stays: [stay('s0', '2026-05-01', '2026-05-03')], audit: audit() });
    await store.whenIdle();
    const unblock = await blockWrites(dir, 'stays-2026.json');
    // Answered (it is in the journal), but its stays file cannot be written.
    await store.repo.apply({
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-04', '2026-05-06')],
      audit: audit(),
    });
    const storage = storageOf(store);
    const refused: unknown = await storage.readFolder().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).error).toMatchObject({
      code: 'STORAGE_ERROR',
      variant: 'pending',
    });
    expect((refused as ServiceError).message).toContain('データを移せませんでした');

    await unblock();
    const read = await storage.readFolder();
    expect(read.stays.map((s) => s.id).sort()).toEqual(['s0', 's1']);
    expect(read.persons.map((p) => p.id)).toEqual(['p1']);
  });
});
