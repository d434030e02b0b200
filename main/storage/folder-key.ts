/**
 * Opening a data folder's key before anything in it is read, and encrypting a plain folder (one
 * written before encryption existed) on its first start:
 *
 * 1. a backup of the plain files is made first (`createBackup`, bytes as they are);
 * 2. the new data key is kept in the key store, then the keyring is written (`migrating`);
 * 3. every data file, kept copy and backup file is sealed in place, byte for byte, each sealed
 *    copy checked (opened again and compared with the plain bytes) before the atomic rename
 *    replaces the plain file, and read back from disk after; the audit trail line by line;
 * 4. the keyring says `sealed`: from then on a plain file in the folder is damage.
 *
 * Every step is an atomic file replacement, and a file already sealed is skipped, so a start
 * interrupted at any point (kill -9, power cut) resumes where it stopped.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import { BACKUPS_DIR, createBackup, isBackupName, removePartialBackups } from './backups';
import { AUDIT_FILE, isDataFileName } from './data-files';
import { readdirIfExists, removeTempLeftovers } from './data-folder';
import {
  KEYRING_FILE,
  newDataKey,
  newRecoveryWrap,
  openKeyring,
  readKeyring,
  writeKeyring,
  type KeyAccess,
  type Keyring,
} from './data-key';
import { readBytesIfExists, writeFileDurably } from './durable-file';
import { sealedCodec, type FileCodec } from './file-codec';
import { SEALED_LINE_PREFIX, keyIdOf, looksSealed } from './sealed-format';

export interface FolderKey {
  codec: FileCodec;
  keyring: Keyring;
  /** Made at this start (a new or a newly encrypted folder): to be shown once, then forgotten. */
  newRecoveryKey?: string;
}

/** A kept copy of a file beside the data (`stays.json.corrupt-…`, `.newer-…`, `.before-restore-…`). */
export const KEPT_COPY_RE = /\.(?:corrupt|newer|before-restore)-\d{8}T\d{6}Z(?:-\d+)?$/;

function isAuditName(name: string): boolean {
  return name === AUDIT_FILE;
}

/** The files of one folder (the data folder or a backup) that hold personal data. */
async function personalFiles(dir: string): Promise<string[]> {
  return (await readdirIfExists(dir)).filter(
    (n) => isDataFileName(n) || isAuditName(n) || KEPT_COPY_RE.test(n),
  );
}

/** The folders to seal: the data folder and every backup in it. */
async function foldersOf(dataDir: string): Promise<string[]> {
  const backups = (await readdirIfExists(join(dataDir, BACKUPS_DIR))).filter(isBackupName);
  return [dataDir, ...backups.map((b) => join(dataDir, BACKUPS_DIR, b))];
}

async function anyFileSealed(dataDir: string): Promise<boolean> {
  for (const name of await personalFiles(dataDir)) {
    const bytes = await readBytesIfExists(join(dataDir, name));
    if (!bytes) continue;
    if (
      isAuditName(name)
        ? bytes.toString('latin1').startsWith(SEALED_LINE_PREFIX)
        : looksSealed(bytes)
    ) {
      return true;
    }
  }
  return false;
}

/** The stored bytes of a file's plain contents, checked to open back to exactly those bytes. */
function sealChecked(codec: FileCodec, name: string, plain: Buffer): Buffer {
  const sealed = codec.encode(name, plain);
  if (!codec.decode(name, sealed).equals(plain)) throw new Error('sealed copy does not verify');
  return sealed;
}

/** The audit trail with every plain line sealed (each line a record); sealed lines kept. */
function sealAuditText(codec: FileCodec, name: string, text: string): string {
  const lines = text.split('\n');
  const last = lines.pop(); // '' after the final newline; a torn last line otherwise
  const out: string[] = [];
  for (const line of [...lines, ...(last ? [last] : [])]) {
    if (line === '') continue;
    if (line.startsWith(SEALED_LINE_PREFIX)) {
      out.push(line);
      continue;
    }
    const sealed = codec.encodeLine(name, [line]);
    const opened = codec.decodeLine(name, sealed);
    if (opened.kind !== 'ok' || opened.text !== line)
      throw new Error('sealed line does not verify');
    out.push(sealed);
  }
  return out.map((l) => `${l}\n`).join('');
}

/** Seals one file in place (or leaves it, when it is already sealed); checked on disk after. */
async function sealFile(codec: FileCodec, dir: string, name: string): Promise<void> {
  const path = join(dir, name);
  const plain = await readBytesIfExists(path);
  if (plain === undefined) return;
  if (isAuditName(name)) {
    const sealed = sealAuditText(codec, name, plain.toString('utf8'));
    if (sealed === plain.toString('utf8')) return;
    await writeFileDurably(path, sealed);
    return;
  }
  if (looksSealed(plain)) return;
  // Kept copies are sealed under the name of the file they copy (damaged-copy.ts).
  const sealName = name.replace(KEPT_COPY_RE, '');
  const sealed = sealChecked(codec, sealName, plain);
  await writeFileDurably(path, sealed);
  const back = await readFile(path);
  if (!codec.decode(sealName, back).equals(plain)) {
    throw new Error(`${name}: sealed file does not verify`);
  }
}

/** Seals every personal file of the folder and its backups; each backup gets the keyring too. */
export async function sealFolder(dataDir: string, codec: FileCodec): Promise<number> {
  let sealed = 0;
  const keyring = await readFile(join(dataDir, KEYRING_FILE));
  // A plain backup cut off by a kill before it was complete holds plain files: it goes (the
  // backup made first is complete, or this start would not be sealing).
  await removePartialBackups(dataDir);
  for (const dir of await foldersOf(dataDir)) {
    // A start killed in mid-seal may have left a temp file of a sealed write in a backup (the
    // data folder's own are removed at every open).
    await removeTempLeftovers(dir);
    for (const name of await personalFiles(dir)) {
      await sealFile(codec, dir, name);
      sealed++;
    }
    if (dir !== dataDir) await copyKeyringInto(dir, keyring);
  }
  return sealed;
}

/** A backup carries the keyring of its time, so the recovery key opens it on another PC. */
export async function copyKeyringInto(dir: string, keyring: Buffer): Promise<void> {
  const path = join(dir, KEYRING_FILE);
  const existing = await readBytesIfExists(path);
  if (existing?.equals(keyring)) return;
  // Atomically: a backup must never be left with half a keyring.
  await writeFileDurably(path, keyring);
}

/**
 * Opens the folder's key (creating it for a new or a plain folder, and encrypting a plain one).
 * Refuses with DATA_KEY_MISSING when the folder is encrypted and this PC does not have its key
 * (recover it with the recovery key), DATA_KEY_INVALID when the keyring was changed.
 */
export async function openFolderKey(
  dataDir: string,
  access: KeyAccess,
  now: () => Date,
): Promise<FolderKey> {
  let keyring = await readKeyring(dataDir);
  let newRecoveryKey: string | undefined;
  let key: Buffer | undefined;
  if (keyring === undefined) {
    if (await anyFileSealed(dataDir)) {
      // Sealed files without their keyring: the keyring was removed. The key id of the files
      // is in their header; recover the keyring from a backup (docs/storage.md).
      return fail('DATA_KEY_MISSING', { keyId: null });
    }
    key = newDataKey();
    const hasPlainFiles = (await personalFiles(dataDir)).length > 0;
    // The key is kept before any file depends on it; then, for a plain folder, the backup.
    await access.keys.save(keyIdOf(key), key);
    if (hasPlainFiles) await createBackup(dataDir, now());
    const wrap = await newRecoveryWrap(key, access.recoveryCost);
    newRecoveryKey = wrap.recoveryKey;
    keyring = await writeKeyring(dataDir, key, {
      state: hasPlainFiles ? 'migrating' : 'sealed',
      recovery: wrap.recovery,
      recoveryMadeAt: now().toISOString(),
    });
  } else {
    ({ key } = await openKeyring(dataDir, access));
  }
  const codec = sealedCodec(key, keyring.keyId);
  if (keyring.state === 'migrating') {
    await sealFolder(dataDir, codec);
    keyring = await writeKeyring(dataDir, key, { ...keyring, state: 'sealed' });
    // Backups carry the sealed keyring too (a backup restored later must not accept plain files).
    const bytes = await readFile(join(dataDir, KEYRING_FILE));
    for (const dir of (await foldersOf(dataDir)).slice(1)) await copyKeyringInto(dir, bytes);
  }
  return { codec, keyring, ...(newRecoveryKey ? { newRecoveryKey } : {}) };
}

/**
 * The codec of an encrypted folder or backup whose key this PC has, without opening it as a
 * store (the transfer to and from PostgreSQL reads a folder so). DATA_KEY_MISSING when it has no
 * keyring (a plain folder from before encryption: start Tomari on it once) or this PC lacks its
 * key.
 */
export async function folderCodecOf(dir: string, access: KeyAccess): Promise<FileCodec> {
  const { keyring, key } = await openKeyring(dir, access);
  return sealedCodec(key, keyring.keyId);
}
