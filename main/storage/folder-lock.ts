/**
 * One process per data folder. The embedded store keeps its files in memory and rewrites them
 * whole, so two processes on one folder (the desktop app and the browser host, two hosts) would
 * each overwrite the other's acknowledged writes. The store therefore holds an exclusive lock on
 * its folder for its whole life.
 *
 * The lock is proper-lockfile's: an atomic `mkdir` of `.tomari-lock`, whose modification time the
 * holder refreshes every few seconds. It works the same on Windows, macOS, Linux and network
 * folders (an OS lock such as flock needs a native module and is advisory or absent on network
 * shares), and a holder that died (kill -9, power cut) stops refreshing it, so its lock goes
 * stale and is taken over within `LOCK_STALE_MS`. Beside it, `.tomari-lock-holder.json` names the
 * holder (computer, process, since when) for the refusal message.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { fail } from '../../shared/api/errors';
import { ensurePrivateDir } from './private-files';
import { errorCode, readTextIfExists, writeFileDurably } from './durable-file';

export const LOCK_DIR = '.tomari-lock';
export const LOCK_HOLDER_FILE = '.tomari-lock-holder.json';
/** A lock not refreshed for this long belongs to a process that is gone. */
export const LOCK_STALE_MS = 10_000;
/** How often the holder refreshes it (proper-lockfile allows at most half the stale time). */
export const LOCK_UPDATE_MS = 2_000;

const holderSchema = z.object({
  computer: z.string(),
  pid: z.number().int(),
  since: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export interface FolderLock {
  release(): Promise<void>;
}

async function readHolder(dataDir: string): Promise<LockHolder | undefined> {
  try {
    const text = await readTextIfExists(join(dataDir, LOCK_HOLDER_FILE));
    if (text === undefined) return undefined;
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** True unless the process is certainly gone (EPERM: it exists, under another account). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== 'ESRCH';
  }
}

function refuse(holder: LockHolder | undefined): never {
  // The refusal names the holder (computer, process, since when) so staff can find and close it.
  return fail('DATA_FOLDER_LOCKED', holder ? { holder } : { variant: 'unknownHolder' });
}

/**
 * Takes the folder's lock, or refuses with DATA_FOLDER_LOCKED (writing nothing) while another
 * live process holds it. A lock whose holder on this computer has died is waited out (at most
 * `LOCK_STALE_MS`), so restarting after a crash works without anyone deleting anything.
 * `onLost` runs if the lock is taken from this process later (it stopped refreshing it, e.g. the
 * computer slept past the stale time, and another process took it over).
 */
export async function lockDataFolder(
  dataDir: string,
  now: () => Date,
  onLost: () => void,
): Promise<FolderLock> {
  await ensurePrivateDir(dataDir);
  const options = (retries: number): lockfile.LockOptions => ({
    lockfilePath: join(dataDir, LOCK_DIR),
    realpath: false,
    stale: LOCK_STALE_MS,
    update: LOCK_UPDATE_MS,
    retries: { retries, factor: 1, minTimeout: 500, maxTimeout: 500 },
    onCompromised: () => onLost(),
  });
  let unlock: () => Promise<void>;
  try {
    unlock = await lockfile.lock(dataDir, options(0));
  } catch (error) {
    if (errorCode(error) !== 'ELOCKED') throw error;
    const holder = await readHolder(dataDir);
    const deadHere = holder && holder.computer === hostname() && !isRunning(holder.pid);
    // No holder file yet: a process that is just starting, or one that died before writing it.
    if (holder && !deadHere) return refuse(holder);
    try {
      unlock = await lockfile.lock(dataDir, options(Math.ceil((LOCK_STALE_MS + 2_000) / 500)));
    } catch (retryError) {
      if (errorCode(retryError) !== 'ELOCKED') throw retryError;
      return refuse(await readHolder(dataDir));
    }
  }
  const holder: LockHolder = { computer: hostname(), pid: process.pid, since: now().toISOString() };
  try {
    await writeFileDurably(join(dataDir, LOCK_HOLDER_FILE), `${JSON.stringify(holder)}\n`);
  } catch (error) {
    await unlock().catch(() => undefined);
    throw error;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await unlock().catch((error: unknown) => {
        // Already taken over (onLost ran): there is nothing of ours left to remove.
        if (errorCode(error) !== 'ERELEASED' && errorCode(error) !== 'ENOTACQUIRED') throw error;
      });
    },
  };
}
