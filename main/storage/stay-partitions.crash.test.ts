/**
 * A stay whose arrival moves across 3/31–4/1 changes file in two writes: killed at any moment
 * (kill -9), the store still has it exactly once, and nothing else is lost.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay } from '../../shared/domain/schemas';
import { bundleCrashChild, forgetKilledHolder, runAndKill } from './crash-runner';
import { openStore } from './store';
import { audit, readStored, stay, testKeyFile } from './test-fixtures';

const CHILD = fileURLToPath(new URL('./stays-move.crash-child.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-move-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The key file the child process keeps beside the folder (stays-move.crash-child.ts). */
const keysOf = (dataDir: string) => testKeyFile(`${dataDir}.keys.json`);

/** How many copies of each stay the year files hold. */
async function copiesOnDisk(dataDir: string): Promise<Map<string, number>> {
  const copies = new Map<string, number>();
  for (const name of await readdir(dataDir)) {
    if (!/^stays-\d{4}\.json$/.test(name)) continue;
    const text = await readStored(dataDir, name, keysOf(dataDir));
    const { stays } = JSON.parse(text) as { stays: Stay[] };
    for (const s of stays) copies.set(s.id, (copies.get(s.id) ?? 0) + 1);
  }
  return copies;
}

describe('a stay moving between years under kill -9', () => {
  it('is never lost and, once the store is open again, never held twice', async () => {
    const dataDir = join(dir, 'data');
    const seed = await openStore({ keys: keysOf(dataDir), dataDir, now: () => new Date() });
    await seed.repo.apply({
      stays: [
        stay('x', '2026-03-05', '2026-03-08'),
        stay('y25', '2025-10-01', '2025-10-03'),
        stay('y26', '2026-10-01', '2026-10-03'),
      ],
      audit: audit(),
    });
    await seed.close();
    const script = await bundleCrashChild(CHILD, join(dir, 'move-child.cjs'));
    const KILLS = 20;
    let twiceOnDisk = 0;
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(script, dataDir, 5, 60);
      await forgetKilledHolder(dataDir);
      const copies = await copiesOnDisk(dataDir);
      expect(copies.get('x')).toBeGreaterThanOrEqual(1);
      if ((copies.get('x') ?? 0) > 1) twiceOnDisk++;
      const store = await openStore({ keys: keysOf(dataDir), dataDir, now: () => new Date() });
      expect(store.status().ok).toBe(true);
      const all = await store.repo.staysInRange({ from: '2025-04-01', to: '2027-03-31' });
      expect(all.map((s) => s.id).sort()).toEqual(['x', 'y25', 'y26']);
      const x = await store.repo.getStay('x');
      expect(['2026-03-05', '2026-04-05']).toContain(x?.start);
      await store.close();
      // Opening removed the stale copy from the disk too.
      expect(Object.fromEntries(await copiesOnDisk(dataDir))).toEqual({ x: 1, y25: 1, y26: 1 });
    }
    console.info(
      `move crash test: ${KILLS} kills, ${twiceOnDisk} left the moved stay in both years`,
    );
  });
});
