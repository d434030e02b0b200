/** Listing what is in a data folder, tolerating a folder that does not exist yet. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_FILE, isDataFileName } from './data-files';
import { KEYRING_FILE } from './data-key';
import { TEMP_SUFFIX, errorCode } from './durable-file';

export async function readdirIfExists(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** The data files present (not the audit log), sorted by name. */
export async function listDataFiles(dir: string): Promise<string[]> {
  return (await readdirIfExists(dir)).filter(isDataFileName).sort();
}

/**
 * Everything a backup holds: the data files, the audit log and the keyring (so the recovery key
 * opens the backup on another PC), when present.
 */
export async function listBackedUpFiles(dir: string): Promise<string[]> {
  const names = await readdirIfExists(dir);
  return names.filter((n) => isDataFileName(n) || n === AUDIT_FILE || n === KEYRING_FILE).sort();
}

/**
 * Deletes temp files left by a crashed write (`.<name>.<pid>.<n>.tmp`). Only other processes'
 * leftovers: this process's own may belong to a write in flight.
 */
export async function removeTempLeftovers(dir: string): Promise<void> {
  const leftover = /^\..+\.(\d+)\.\d+\.tmp$/;
  for (const name of await readdirIfExists(dir)) {
    const match = leftover.exec(name);
    if (match && name.endsWith(TEMP_SUFFIX) && Number(match[1]) !== process.pid) {
      await rm(join(dir, name), { force: true });
    }
  }
}
