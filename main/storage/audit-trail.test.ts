/**
 * The audit trail has no gaps: every change on disk is named by an entry, even when the
 * process is killed at any moment. A change is acknowledged once its journal line (its records
 * and its entries) is flushed; its files and its entries follow, and the next open replays what
 * a kill cut off (journal.ts). So on disk every change is named by the trail or the journal, and
 * after the next open by the trail, with no acknowledged save lost.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCrashChild, forgetKilledHolder, runAndKill } from './crash-runner';
import { AUDIT_FILE, MASTER_FILE } from './data-files';
import { checkAuditText } from './audit-log';
import { openFolderKey } from './folder-key';
import { readJournal } from './journal';
import { openStore } from './store';
import { testKeyFile } from './test-fixtures';

const CHILD = fileURLToPath(new URL('./audit.crash-child.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-audit-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the encrypted store under kill -9', () => {
  it('loses no acknowledged save, and its audit trail names every change that reached the disk', async () => {
    const script = await bundleCrashChild(CHILD, join(dir, 'audit-child.cjs'));
    const dataDir = join(dir, 'data');
    const KILLS = 20;
    const acked: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const output = await runAndKill(script, dataDir, 5, 60);
      acked.push(...[...output.matchAll(/^ack (\S+)$/gm)].map((m) => m[1] ?? ''));
      await forgetKilledHolder(dataDir);
    }

    // Through the folder's key (the files are sealed).
    const keys = testKeyFile(`${dataDir}.keys.json`);
    const { codec } = await openFolderKey(dataDir, keys, () => new Date());
    const read = async () => ({
      master: JSON.parse(
        codec.decode(MASTER_FILE, await readFile(join(dataDir, MASTER_FILE))).toString('utf8'),
      ) as { persons: { id: string }[] },
      audit: checkAuditText(codec, await readFile(join(dataDir, AUDIT_FILE), 'utf8')),
      journal: await readJournal(codec, dataDir),
    });
    // As the last kill left them: every person on disk is named by the trail or the journal.
    const killed = await read();
    const namedSomewhere = new Set([
      ...killed.audit.entries.flatMap((e) => (e.entityId ? [e.entityId] : [])),
      ...killed.journal.entries.flatMap((j) => j.changes.audit.flatMap((e) => e.entityId ?? [])),
    ]);
    expect(killed.master.persons.filter((p) => !namedSomewhere.has(p.id))).toEqual([]);

    // As the next start leaves them: the journal replayed into the files and the trail.
    const store = await openStore({ dataDir, keys, now: () => new Date() });
    await store.close();
    const { master, audit, journal } = await read();
    expect(journal.entries).toEqual([]);
    // Lines torn by a kill named changes that were never written; no line may be damaged.
    expect(audit.badLines).toBe(0);
    const named = new Set(audit.entries.flatMap((e) => (e.entityId ? [e.entityId] : [])));
    const unsigned = master.persons.filter((p) => !named.has(p.id)).length;
    const saved = new Set(master.persons.map((p) => p.id));
    const lost = acked.filter((id) => !saved.has(id)).length;
    const unapplied = [...named].filter((id) => !master.persons.some((p) => p.id === id)).length;
    console.info(
      `audit crash test: ${KILLS} kills, ${master.persons.length} persons saved, ` +
        `${unsigned} without an audit entry, ${unapplied} entries whose change a kill cut off, ` +
        `${lost} of ${acked.length} acknowledged saves lost`,
    );
    expect(master.persons.length).toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThan(0);
    expect(unsigned).toBe(0);
    // Sealed files are written whole or not at all: no acknowledged save is ever lost.
    expect(lost).toBe(0);
  });
});
