/**
 * Durable file writes. A data file is never written in place: the new bytes go to a temp file in
 * the same folder, are fsync'd, renamed over the target (atomic on one file system), and the
 * folder is fsync'd so the rename itself survives a power cut. A crash at any moment therefore
 * leaves either the old or the new file, never a mix.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Adapter } from 'lowdb';
import { PRIVATE_FILE_MODE } from './private-files';

/** Suffix of temp files; loaders only ever read known file names, so leftovers are inert. */
export const TEMP_SUFFIX = '.tmp';

let tempCounter = 0;

const queues = new Map<string, Promise<void>>();

/**
 * Runs tasks for one file strictly one after another, in call order. A failed task does not
 * stop the ones queued behind it: each caller sees its own outcome.
 */
export function serializePerFile<T>(file: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Error codes of platforms (Windows, some network drives) that cannot open or fsync folders. */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP']);

/** Makes a rename or file creation in `dir` durable; a no-op where the OS does not allow it. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Flushes a file already written (e.g. by copyFile) to the disk. */
export async function syncFile(file: string): Promise<void> {
  // 'r+' because Windows refuses FlushFileBuffers on a read-only handle.
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** On Windows a virus scanner or indexer may briefly hold the target open; retry a little. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const retry =
        process.platform === 'win32' &&
        attempt < 10 &&
        RENAME_RETRY_CODES.has(errorCode(error) ?? '');
      if (!retry) throw error;
      await new Promise((done) => setTimeout(done, 10 * (attempt + 1)));
    }
  }
}

/** Writes `contents` to a new temp file beside `file` and flushes it; answers its path. */
async function writeTemp(file: string, contents: string | Uint8Array): Promise<string> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${tempCounter++}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/** Renames the flushed temp file over `file` and flushes the folder, so the rename lasts. */
async function moveIntoPlace(temp: string, file: string): Promise<void> {
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Replaces `file` with `contents` atomically and durably; writes to one file land in call order. */
export function writeFileDurably(file: string, contents: string | Uint8Array): Promise<void> {
  return serializePerFile(file, async () => moveIntoPlace(await writeTemp(file, contents), file));
}

/** A new version of a file, written and flushed beside it, not yet in its place. */
export interface PreparedFile {
  /** Renames it over the file and flushes the folder: from here on the file is the new one. */
  commit(): Promise<void>;
  /** Deletes it, leaving the file as it was. */
  discard(): Promise<void>;
}

/**
 * `writeFileDurably` in two halves. The first writes and flushes the new bytes beside the file:
 * nothing anyone reads has changed yet, so it may run while other work is flushed too (the
 * audit entries of the same change, apply-changes.ts). `commit` then puts it in place.
 */
export async function prepareFileDurably(
  file: string,
  contents: string | Uint8Array,
): Promise<PreparedFile> {
  const temp = await writeTemp(file, contents);
  return {
    commit: () => serializePerFile(file, () => moveIntoPlace(temp, file)),
    discard: () => rm(temp, { force: true }),
  };
}

/**
 * Appends lines and fsyncs them. If the file does not end with a newline (a torn append from a
 * crash), a newline is written first so the torn line cannot swallow the new ones.
 */
export function appendLines(file: string, lines: readonly string[]): Promise<void> {
  return serializePerFile(file, async () => {
    const handle = await open(file, 'a+', PRIVATE_FILE_MODE);
    let created = false;
    try {
      const { size } = await handle.stat();
      created = size === 0;
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      const body = lines.map((line) => `${line.replace(/\n/g, ' ')}\n`).join('');
      await handle.appendFile(`${prefix}${body}`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's directory entry must be made durable too, or the whole log could vanish.
    if (created) await syncDirectory(dirname(file));
  });
}

/** Appends one line (a JSON Lines record) durably. */
export function appendLine(file: string, line: string): Promise<void> {
  return appendLines(file, [line]);
}

/** Reads a file as text; undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  return (await readBytesIfExists(file))?.toString('utf8');
}

/** Reads a file's bytes; undefined when it does not exist. */
export async function readBytesIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A lowdb adapter for one file. `parse` turns the file's bytes into `T` (decryption, JSON,
 * validation, migration) and throws when it cannot; a missing file reads as null, as lowdb
 * expects. `serialize` gives the bytes to write (nothing is validated again on write: what is
 * written was validated as it came in).
 */
export interface DurableAdapter<T> extends Adapter<T> {
  /** The first half of `write` (see `prepareFileDurably`). */
  prepare(data: T): Promise<PreparedFile>;
}

export function durableJsonFile<T>(
  file: string,
  parse: (bytes: Buffer) => T,
  serialize: (data: T) => Uint8Array,
): DurableAdapter<T> {
  return {
    async read() {
      // Queued behind pending writes, so a read never sees a state older than a write already made.
      const bytes = await serializePerFile(file, () => readBytesIfExists(file));
      return bytes === undefined ? null : parse(bytes);
    },
    write(data: T) {
      return writeFileDurably(file, serialize(data));
    },
    prepare(data: T) {
      return prepareFileDurably(file, serialize(data));
    },
  };
}
