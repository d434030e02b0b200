/**
 * The audit trail has no gaps: every change on disk is named by an entry, even when the
 * process is killed at any moment (the entries are written and flushed before the change).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCrashChild, forgetKilledHolder, runAndKill } from './crash-runner';
import { AUDIT_FILE, MASTER_FILE } from './data-files';

const CHILD = fileURLToPath(new URL('./audit.crash-child.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-audit-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the audit trail under kill -9', () => {
  it('names every change that reached the disk', async () => {
    const script = await bundleCrashChild(CHILD, join(dir, 'audit-child.cjs'));
    const dataDir = join(dir, 'data');
    const KILLS = 20;
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(script, dataDir, 5, 60);
      await forgetKilledHolder(dataDir);
    }

    const master = JSON.parse(await readFile(join(dataDir, MASTER_FILE), 'utf8')) as {
      persons: { id: string }[];
    };
    const named = new Set<string>();
    for (const line of (await readFile(join(dataDir, AUDIT_FILE), 'utf8')).split('\n')) {
      try {
        const entry = JSON.parse(line) as { entityId?: string };
        if (entry.entityId) named.add(entry.entityId);
      } catch {
        // a line torn by a kill: it named a change that was never written
      }
    }
    const unsigned = master.persons.filter((p) => !named.has(p.id)).length;
    const unapplied = [...named].filter((id) => !master.persons.some((p) => p.id === id)).length;
    console.info(
      `audit crash test: ${KILLS} kills, ${master.persons.length} persons saved, ` +
        `${unsigned} without an audit entry, ${unapplied} entries whose change a kill cut off`,
    );
    expect(master.persons.length).toBeGreaterThan(0);
    expect(unsigned).toBe(0);
  });
});
