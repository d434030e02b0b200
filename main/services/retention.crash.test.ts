/**
 * An erase under kill -9 (docs/retention.md): a child erases person after person, each with
 * stays and training records in two fiscal years, and is killed at a random moment. At the next
 * start every person an erase entry names is wholly gone — no record, no stay, no training
 * record left under a stay's id — and the person nobody erased keeps everything.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCrashChild, forgetKilledHolder, runAndKill } from '../storage/crash-runner';
import { openStore } from '../storage/store';
import { audit, person, stay, testKeyFile, trainingRecord } from '../storage/test-fixtures';
import { testStoreKind } from '../testing/fixture';
import { finishErasures } from './retention';

const CHILD = fileURLToPath(new URL('./retention.crash-child.ts', import.meta.url));
const ALL_TIME = { from: '1900-01-01', to: '9999-12-31' };
const WHOLE_TRAIL = { from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-erase-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The embedded store's files; the PostgreSQL store writes an erase in one database transaction.
describe.skipIf(testStoreKind() === 'postgres')('an erase under kill -9 (embedded store)', () => {
  it('ends with the person wholly gone at the next start, and the others untouched', async () => {
    const dataDir = join(dir, 'data');
    const seed = await openStore({
      dataDir,
      keys: testKeyFile(`${dataDir}.keys.json`),
      now: () => new Date(),
    });
    await seed.repo.apply({
      persons: [person('keep')],
      stays: [
        stay('keep-a', '2025-10-05', '2025-10-07', { personId: 'keep' }),
        stay('keep-b', '2026-10-05', '2026-10-07', { personId: 'keep' }),
      ],
      trainingRecords: [
        trainingRecord('keep-a-t', 'keep-a', '2025-10-05'),
        trainingRecord('keep-b-t', 'keep-b', '2026-10-05'),
      ],
      audit: audit(),
    });
    await seed.close();
    const script = await bundleCrashChild(CHILD, join(dir, 'erase-child.cjs'));
    const KILLS = 20;
    let finished = 0;
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(script, dataDir, 5, 80);
      await forgetKilledHolder(dataDir);
      const store = await openStore({
        dataDir,
        keys: testKeyFile(`${dataDir}.keys.json`),
        now: () => new Date(),
      });
      expect(store.status().ok).toBe(true);
      // What the runtime does at every start.
      finished += await finishErasures(store.repo, () => new Date());
      const erases = await store.repo.auditEntries({
        ...WHOLE_TRAIL,
        action: 'person.erase',
        offset: 0,
        limit: 1_000_000,
      });
      for (const entry of erases) {
        const id = entry.entityId!;
        expect(await store.repo.getPerson(id), id).toBeUndefined();
        expect(await store.repo.staysInRange(ALL_TIME, { personId: id }), id).toEqual([]);
        for (const stayId of String(entry.facts?.['stayIds']).split(' ')) {
          expect(await store.repo.getTrainingRecord(`${stayId}-t`), stayId).toBeUndefined();
        }
      }
      expect((await store.repo.getPerson('keep'))?.id).toBe('keep');
      const kept = await store.repo.staysInRange(ALL_TIME, { personId: 'keep' });
      expect(kept.map((s) => s.id)).toEqual(['keep-a', 'keep-b']);
      for (const s of kept) expect(await store.repo.trainingRecordsOfStay(s.id)).toHaveLength(1);
      await store.close();
    }
    console.info(`erase crash test: ${KILLS} kills, ${finished} erases finished at the next start`);
  });
});
