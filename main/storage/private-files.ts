/**
 * The data folder holds personal data: on POSIX systems its files are created readable by their
 * owner only (0600) and its folders enterable by the owner only (0700), whatever the umask
 * leaves. Windows has no such bits (a profile folder is already private to its account), so
 * there these are plain mkdir / no-ops.
 */
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const POSIX = process.platform !== 'win32';

/** Creates the folder (and missing parents) 0700; an existing folder is made 0700 too. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (POSIX) await chmod(dir, PRIVATE_DIR_MODE);
}

/** Makes a file just copied (copyFile keeps the source's bits) owner-only. */
export async function makePrivate(file: string): Promise<void> {
  if (POSIX) await chmod(file, PRIVATE_FILE_MODE);
}

/**
 * Tightens a data folder written by an earlier version (files 0644, folders 0755): every file
 * and folder in it, backups included, becomes owner-only. Run at open, before anything is read.
 */
export async function tightenFolder(dir: string): Promise<void> {
  if (!POSIX) return;
  await chmod(dir, PRIVATE_DIR_MODE);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await tightenFolder(path);
    else if (entry.isFile()) await chmod(path, PRIVATE_FILE_MODE);
  }
}
