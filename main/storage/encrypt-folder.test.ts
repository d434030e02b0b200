/**
 * A plain data folder (written before encryption existed) is encrypted at its first start:
 * backup first, every file sealed in place and checked before the plain copy goes, and a start
 * killed at any moment resumes. Tested on a year of a large facility's data.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFacility, type Facility } from '../../test/bench/generate';
import { DEFAULT_SETTINGS, type AuditEntry } from '../../shared/domain/schemas';
import { bundleCrashChild, runAndKill } from './crash-runner';
import { trainingFileName, trainingPartitionOf } from './data-files';
import { KEYRING_FILE, newDataKey, newRecoveryWrap, readKeyring, writeKeyring } from './data-key';
import { sealedCodec } from './file-codec';
import { keyIdOf, looksSealed } from './sealed-format';
import { openStore } from './store';
import { readStored, testKeyFile } from './test-fixtures';

const CHILD = fileURLToPath(new URL('./seal-folder.crash-child.ts', import.meta.url));

let root: string;
let facility: Facility;
/** The plain folder as an earlier Tomari left it: data, audit trail, a backup, a kept copy. */
let plainDir: string;
const BACKUP = '20261126T051000Z';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tomari-encrypt-'));
  // One year of a large facility: 20 beds, 400 persons, their stays and training records.
  facility = generateFacility('2026-11-27', { beds: 20, persons: 400, years: 1 });
  plainDir = join(root, 'plain');
  await mkdir(join(plainDir, 'backups', BACKUP), { recursive: true });
  const files: Record<string, string> = {
    'master.json': JSON.stringify({
      schemaVersion: 1,
      settings: DEFAULT_SETTINGS,
      beds: facility.beds,
      bedBlocks: [],
      persons: facility.persons,
    }),
    'stays.json': JSON.stringify({ schemaVersion: 1, stays: facility.stays }),
  };
  const years = new Map<number, unknown[]>();
  for (const record of facility.changes.trainingRecords ?? []) {
    const fy = trainingPartitionOf(record.date);
    years.set(fy, [...(years.get(fy) ?? []), record]);
  }
  for (const [fy, records] of years) {
    files[trainingFileName(fy)] = JSON.stringify({ schemaVersion: 1, records });
  }
  const entries: AuditEntry[] = facility.persons.map((p, i) => ({
    at: new Date(Date.UTC(2026, 3, 1) + i * 60_000).toISOString(),
    actor: 'staff-1',
    action: 'person.create',
    entity: 'person',
    entityId: p.id,
  }));
  // The last line torn by a crash of the old version: it must stay torn, not become damage.
  files['audit.jsonl'] =
    entries.map((e) => `${JSON.stringify(e)}\n`).join('') + '{"at":"2026-11-26T00:00:00.0';
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(plainDir, name), text);
    await writeFile(join(plainDir, 'backups', BACKUP, name), text);
  }
  await writeFile(join(plainDir, 'stays.json.corrupt-20261120T000000Z'), files['stays.json'] ?? '');
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the plain folder, and its key file path. */
async function plainCopy(name: string): Promise<{ dir: string; keysFile: string }> {
  const dir = join(root, name);
  await cp(plainDir, dir, { recursive: true });
  return { dir, keysFile: `${dir}.keys.json` };
}

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}

/** Opens the folder and checks that every record of the year is there, read through the key. */
async function expectEveryRecord(dir: string, keysFile: string): Promise<void> {
  const store = await openStore({
    dataDir: dir,
    keys: testKeyFile(keysFile),
    now: () => new Date('2026-11-27T06:10:00Z'),
  });
  try {
    expect(store.status()).toMatchObject({ ok: true, damaged: [] });
    const persons = await store.repo.searchPersons('');
    expect(persons).toHaveLength(facility.persons.length);
    for (const p of facility.persons) expect(await store.repo.getPerson(p.id)).toEqual(p);
    const stays = await store.repo.staysInRange({
      from: facility.firstDate,
      to: facility.lastDate,
    });
    expect(stays.map((s) => s.id).sort()).toEqual(facility.stays.map((s) => s.id).sort());
    const records = facility.changes.trainingRecords ?? [];
    for (const r of records.filter((_, i) => i % 50 === 0)) {
      expect(await store.repo.getTrainingRecord(r.id)).toEqual(r);
    }
    const first = facility.persons[0];
    expect((await store.repo.auditOf(first?.id ?? '')).map((e) => e.action)).toEqual([
      'person.create',
    ]);
    expect((await store.listBackups()).every((b) => b.good)).toBe(true);
  } finally {
    await store.close();
  }
  // Nothing readable is left: every data file, audit trail, backup and kept copy is sealed.
  const names = facility.persons.slice(0, 20).map((p) => `${p.familyName}${p.givenName}`);
  for (const file of await everyFile(dir)) {
    const bytes = await readFile(file);
    if (file.endsWith(KEYRING_FILE) || file.includes('.tomari-lock')) continue;
    if (file.endsWith('.jsonl')) {
      for (const line of bytes.toString().split('\n').filter(Boolean)) expect(line).toMatch(/^E1:/);
    } else expect(looksSealed(bytes), file).toBe(true);
    for (const p of facility.persons.slice(0, 20)) {
      expect(bytes.includes(Buffer.from(JSON.stringify(p.familyName))), file).toBe(false);
    }
  }
  expect(names.length).toBe(20);
}

describe('encrypting a plain data folder at its first start', () => {
  it('backs it up first, then seals every file, keeping every record of a year of data', async () => {
    const { dir, keysFile } = await plainCopy('once');
    await expectEveryRecord(dir, keysFile);
    const keyring = await readKeyring(dir);
    expect(keyring?.state).toBe('sealed');
    // The backup made first holds the plain files as they were (sealed since, byte for byte),
    // and the old backup and the kept copy are sealed too.
    const backups = (await readdir(join(dir, 'backups'))).sort();
    expect(backups[0]).toBe(BACKUP);
    const made = backups.find((b) => b !== BACKUP && !b.startsWith('.')) ?? '';
    for (const backup of [BACKUP, made]) {
      for (const file of ['master.json', 'stays.json', 'audit.jsonl']) {
        const plain = await readFile(join(plainDir, file), 'utf8');
        const stored = await readStored(join(dir, 'backups', backup), file, testKeyFile(keysFile));
        if (file === 'audit.jsonl') expect(stored).toBe(`${plain}\n`);
        else expect(stored).toBe(plain);
      }
      expect(await readFile(join(dir, 'backups', backup, KEYRING_FILE), 'utf8')).toBe(
        await readFile(join(dir, KEYRING_FILE), 'utf8'),
      );
    }
    const kept = 'stays.json.corrupt-20261120T000000Z';
    const codec = sealedCodec((await testKeyFile(keysFile).keys.load(keyring?.keyId ?? ''))!, '');
    expect(codec.decode('stays.json', await readFile(join(dir, kept))).toString()).toBe(
      await readFile(join(plainDir, kept), 'utf8'),
    );
  }, 60_000);

  it('resumes where it stopped, from a keyring written and some files sealed', async () => {
    const { dir, keysFile } = await plainCopy('half');
    // As a start killed midway leaves it: the key kept, the keyring written, master and half
    // the audit trail sealed, the rest still plain.
    const key = newDataKey();
    await testKeyFile(keysFile).keys.save(keyIdOf(key), key);
    const { recovery } = await newRecoveryWrap(key, 10);
    await writeKeyring(dir, key, { state: 'migrating', recovery, recoveryMadeAt: 'x' });
    const codec = sealedCodec(key, keyIdOf(key));
    const master = await readFile(join(dir, 'master.json'));
    await writeFile(join(dir, 'master.json'), codec.encode('master.json', master));
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).split('\n');
    const half = Math.floor(lines.length / 2);
    const mixed = lines.map((l, i) => (i < half ? codec.encodeLine('audit.jsonl', [l]) : l));
    await writeFile(join(dir, 'audit.jsonl'), mixed.join('\n'));
    await expectEveryRecord(dir, keysFile);
  }, 60_000);

  it('loses nothing when the start is killed (kill -9) at random moments while it encrypts', async () => {
    const script = await bundleCrashChild(CHILD, join(root, 'seal-child.cjs'));
    // How long an uninterrupted start takes here, so the kills land all over it.
    const timed = await plainCopy('timed');
    const started = Date.now();
    await runAndKill(script, timed.dir, 60_000, 0);
    const whole = Date.now() - started;
    const states: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { dir, keysFile } = await plainCopy(`killed-${i}`);
      const output = await runAndKill(script, dir, 0, whole);
      const keyring = await readKeyring(dir).catch(() => undefined);
      states.push(output.includes('done') ? 'done' : (keyring?.state ?? 'no keyring'));
      // The killed holder's lock would go stale in seconds; the test knows it is dead.
      await rm(join(dir, '.tomari-lock'), { recursive: true, force: true });
      await expectEveryRecord(dir, keysFile);
    }
    console.info(`encryption (${whole} ms) killed at random: ${states.join(', ')}`);
  }, 180_000);
});
