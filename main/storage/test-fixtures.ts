/** Test support: small valid records and a clock the tests can move. */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_FILE } from './data-files';
import { JOURNAL_FILE } from './journal';
import { keyFileStore, memoryKeyStore, readKeyring, type KeyAccess } from './data-key';
import { decodeLines, sealedCodec, type FileCodec } from './file-codec';
import type { AuditEntry, Bed, Person, Stay, TrainingRecord } from '../../shared/domain/schemas';

export function bed(id: string, order = 1): Bed {
  return {
    id,
    name: `Bed ${id}`,
    allows: ['emergency', 'experience'],
    emergencyReserved: false,
    order,
    active: true,
  };
}

export function person(id: string, familyNameKana = 'やまだ', givenNameKana = 'たろう'): Person {
  return {
    id,
    familyName: '山田',
    givenName: '太郎',
    familyNameKana,
    givenNameKana,
    registration: { status: 'registered' },
    authorizations: [],
  };
}

export function stay(id: string, start: string, end: string, extra: Partial<Stay> = {}): Stay {
  return {
    id,
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    start,
    end,
    status: 'confirmed',
    createdAt: '2026-04-01T00:00:00.000Z',
    overrides: [],
    ...extra,
  };
}

export function trainingRecord(
  id: string,
  stayId: string,
  date: string,
  domain = 'cooking',
): TrainingRecord {
  return { id, stayId, date, domain, level: 2 };
}

export function audit(action = 'test'): AuditEntry[] {
  return [{ at: '2026-11-27T05:00:00.000Z', actor: 'staff-1', action, entity: 'stay' }];
}

/** A clock that stands still until moved. */
export function testClock(start = '2026-11-27T05:10:00Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advanceHours(hours: number) {
      current = new Date(current.getTime() + hours * 3_600_000);
    },
  };
}

/** What a data folder holds besides the store's lock (`.tomari-lock*`), sorted. */
export async function folderEntries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.tomari-lock')).sort();
}

/**
 * The data keys of every folder a test process opens (keys are found by id, so one store serves
 * them all), with a cheap recovery-key derivation: tests open hundreds of new folders.
 */
export const TEST_KEYS: KeyAccess = { keys: memoryKeyStore(), recoveryCost: 10 };

/** A key file for tests whose child processes open the folder too. */
export function testKeyFile(path: string): KeyAccess {
  return { keys: keyFileStore(path), recoveryCost: 10 };
}

/** The codec of a folder (or a backup: it carries the keyring), with the test keys. */
export async function folderCodec(dir: string, access: KeyAccess = TEST_KEYS): Promise<FileCodec> {
  const keyring = await readKeyring(dir);
  if (!keyring) throw new Error(`no keyring in ${dir}`);
  const key = await access.keys.load(keyring.keyId);
  if (!key) throw new Error(`no test key for ${dir}`);
  return sealedCodec(key, keyring.keyId);
}

/** What a stored file holds, in clear: a data file's JSON, or the audit trail's lines. */
export async function readStored(
  dir: string,
  name: string,
  access: KeyAccess = TEST_KEYS,
): Promise<string> {
  const codec = await folderCodec(dir, access);
  const bytes = await readFile(join(dir, name));
  if (name === AUDIT_FILE || name === JOURNAL_FILE) {
    const { good } = decodeLines(codec, name, bytes.toString('utf8'));
    return good.flatMap(({ lines }) => lines.map((l) => `${l}\n`)).join('');
  }
  return codec.decode(name, bytes).toString('utf8');
}

export async function readStoredJson(dir: string, name: string): Promise<unknown> {
  return JSON.parse(await readStored(dir, name));
}

/** Writes a file as the store would (sealed; the audit trail a sealed line per line). */
export async function writeStored(
  dir: string,
  name: string,
  contents: string | Buffer,
): Promise<void> {
  const codec = await folderCodec(dir);
  if (name === AUDIT_FILE) {
    const lines = contents
      .toString()
      .split('\n')
      .filter((l) => l !== '');
    await writeFile(join(dir, name), lines.map((l) => `${codec.encodeLine(name, [l])}\n`).join(''));
    return;
  }
  await writeFile(join(dir, name), codec.encode(name, Buffer.from(contents)));
}

/**
 * Occupies the next temp names of `file` in `dataDir` with folders (durable-file.ts writes a temp
 * file first), so its writes fail until the answered function takes them away.
 */
export async function blockWrites(dataDir: string, file: string): Promise<() => Promise<void>> {
  const blockers = Array.from({ length: 3000 }, (_, n) =>
    join(dataDir, `.${file}.${process.pid}.${n}.tmp`),
  );
  await Promise.all(blockers.map((b) => mkdir(b, { recursive: true })));
  return async () => {
    await Promise.all(blockers.map((b) => rm(b, { recursive: true })));
  };
}
