/**
 * Rolling backups in `<dataDir>/backups/<stamp>/`: a copy of every data file and the audit log.
 * A backup is assembled in a hidden folder and renamed into place, so a crash never leaves a
 * half backup that looks complete.
 */
import { copyFile, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { listBackedUpFiles, listDataFiles, readdirIfExists } from './data-folder';
import { decodeNamedDataFile, StoredFileError } from './decode-file';
import { syncDirectory, syncFile } from './durable-file';
import type { FileCodec } from './file-codec';
import type { Migration } from './migrations';
import { ensurePrivateDir, makePrivate } from './private-files';
import { formatStamp, parseStamp } from './timestamps';

export const BACKUPS_DIR = 'backups';
export const BACKUPS_KEPT = 14;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
const BACKUP_NAME_RE = /^(\d{8}T\d{6}Z)(?:-\d+)?$/;
export const PARTIAL_PREFIX = '.partial-';

export function isBackupName(name: string): boolean {
  return BACKUP_NAME_RE.test(name);
}

/** Backup folder names, newest first. */
export async function listBackupNames(dataDir: string): Promise<string[]> {
  const names = (await readdirIfExists(join(dataDir, BACKUPS_DIR))).filter(isBackupName);
  // Same-second backups carry -2, -3…; compare the stamp, then the counter numerically.
  const key = (n: string): [string, number] => {
    const [stamp = '', counter = '1'] = n.split('-');
    return [stamp, Number(counter)];
  };
  return names.sort((a, b) => {
    const [sa, ca] = key(a);
    const [sb, cb] = key(b);
    return sa === sb ? cb - ca : sa < sb ? 1 : -1;
  });
}

/**
 * Due when there is none, or the newest is a day old by the injected clock. A newest backup more
 * than a day in the future (the clock was wrong when it was made) also makes one due, so a bad
 * clock cannot stop backups for good.
 */
export function isDailyBackupDue(newest: string | undefined, now: Date): boolean {
  const stamp = newest ? parseStamp(BACKUP_NAME_RE.exec(newest)?.[1] ?? '') : undefined;
  if (!stamp) return true;
  return Math.abs(now.getTime() - stamp.getTime()) >= BACKUP_INTERVAL_MS;
}

/** Copies every data file and the audit log into a new backup; undefined when there is nothing. */
export async function createBackup(dataDir: string, now: Date): Promise<string | undefined> {
  const files = await listBackedUpFiles(dataDir);
  if (files.length === 0) return undefined;
  const root = join(dataDir, BACKUPS_DIR);
  await ensurePrivateDir(root);
  const existing = new Set(await readdirIfExists(root));
  const stamp = formatStamp(now);
  let name = stamp;
  for (let n = 2; existing.has(name); n++) name = `${stamp}-${n}`;

  const partial = join(root, `${PARTIAL_PREFIX}${name}`);
  await rm(partial, { recursive: true, force: true });
  await ensurePrivateDir(partial);
  for (const file of files) {
    await copyFile(join(dataDir, file), join(partial, file));
    await makePrivate(join(partial, file));
    await syncFile(join(partial, file));
  }
  await syncDirectory(partial);
  await rename(partial, join(root, name));
  await syncDirectory(root);
  return name;
}

/** A copy set aside beside the data (`stays-2026.json.corrupt-20261127T051000Z`, `-2`…). */
const ASIDE_COPY_RE = /\.(?:corrupt|before-restore)-(\d{8}T\d{6}Z)(?:-\d+)?$/;

/** Deletes the folders of backups that never completed (a start killed while it copied). */
export async function removePartialBackups(dataDir: string): Promise<void> {
  const root = join(dataDir, BACKUPS_DIR);
  for (const name of await readdirIfExists(root)) {
    if (name.startsWith(PARTIAL_PREFIX)) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

/**
 * Deletes the oldest backups beyond `keep`, folders of backups that never completed, and the
 * damaged or set-aside copies (`.corrupt-*`, `.before-restore-*`) older than the oldest backup
 * kept: they roll off with the backups of their time, once `keep` backups stand after them.
 */
export async function pruneBackups(dataDir: string, keep = BACKUPS_KEPT): Promise<void> {
  const root = join(dataDir, BACKUPS_DIR);
  await removePartialBackups(dataDir);
  const names = await listBackupNames(dataDir);
  for (const name of names.slice(keep)) {
    await rm(join(root, name), { recursive: true, force: true });
  }
  const oldestKept = names.length >= keep ? names[keep - 1] : undefined;
  const cutoff = oldestKept === undefined ? undefined : BACKUP_NAME_RE.exec(oldestKept)?.[1];
  if (cutoff === undefined) return;
  for (const name of await readdirIfExists(dataDir)) {
    const stamp = ASIDE_COPY_RE.exec(name)?.[1];
    if (stamp !== undefined && stamp < cutoff) await rm(join(dataDir, name), { force: true });
  }
}

export type BackupCheck = { good: true } | { good: false; problem: string };

/** A backup is good when it holds at least one data file and every data file in it decodes. */
export async function checkBackup(
  dataDir: string,
  name: string,
  migrations: readonly Migration[],
  codec: FileCodec,
): Promise<BackupCheck> {
  const dir = join(dataDir, BACKUPS_DIR, name);
  const files = await listDataFiles(dir);
  if (files.length === 0) return { good: false, problem: 'empty' };
  for (const file of files) {
    try {
      const text = codec.decode(file, await readFile(join(dir, file))).toString('utf8');
      decodeNamedDataFile(file, text, migrations);
    } catch (error) {
      const problem = error instanceof StoredFileError ? error.problem : 'unreadable';
      return { good: false, problem: `${file}: ${problem}` };
    }
  }
  return { good: true };
}

export async function newestGoodBackup(
  dataDir: string,
  migrations: readonly Migration[],
  codec: FileCodec,
): Promise<string | null> {
  for (const name of await listBackupNames(dataDir)) {
    if ((await checkBackup(dataDir, name, migrations, codec)).good) return name;
  }
  return null;
}
