/**
 * The save journal (`journal.jsonl`): what makes a save durable in one small flush. Each change is
 * appended here whole, as one sealed line holding its change set and its audit entries, and
 * flushed; from then on the change is acknowledged, and kept in memory. Its files (and its
 * entries in the audit trail) are put in place after, in the background (apply-changes.ts); once
 * they are, the journal is emptied. At open, a journal that is not empty (a crash, a power cut,
 * a write that failed) is replayed: every change in it is applied again (changes are upserts and
 * removals by id, so applying one twice leaves what applying it once did), its entries are added
 * to the trail if they are not there yet, and the journal is emptied (load-store.ts).
 *
 * A save therefore costs one append and flush of a few hundred bytes, whatever the size of the
 * files it changes: the rewrite of a year's stays happens after the answer (docs/storage.md).
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { changeSetSchema } from './change-set';
import { errorCode, readTextIfExists, syncDirectory } from './durable-file';
import { decodeLines, type FileCodec } from './file-codec';
import { PRIVATE_FILE_MODE } from './private-files';
import type { ChangeSet } from './repository';

export const JOURNAL_FILE = 'journal.jsonl';

/** One line of the journal: a change, by the id its audit entries carry, and what it changes. */
export interface JournalEntry {
  change: string;
  changes: ChangeSet;
}

const journalEntrySchema = z.object({
  change: z.string().min(1).max(64),
  changes: changeSetSchema,
});

export function journalPath(dataDir: string): string {
  return join(dataDir, JOURNAL_FILE);
}

/** What the journal holds: its changes in order, and how many lines could not be used. */
export interface JournalRead {
  entries: JournalEntry[];
  /** Lines cut off by a crash in mid-append: changes never acknowledged. */
  torn: number;
  /** Lines that open but are not a change this version knows, or do not open at all. */
  unusable: number;
}

export async function readJournal(codec: FileCodec, dataDir: string): Promise<JournalRead> {
  const text = (await readTextIfExists(journalPath(dataDir))) ?? '';
  const opened = decodeLines(codec, JOURNAL_FILE, text);
  const read: JournalRead = { entries: [], torn: opened.torn, unusable: opened.bad };
  for (const { lines } of opened.good) {
    for (const line of lines) {
      if (line === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        read.torn++;
        continue;
      }
      const entry = journalEntrySchema.safeParse(parsed);
      if (entry.success) read.entries.push(entry.data);
      else read.unusable++;
    }
  }
  return read;
}

/**
 * The journal of an open store. Its file stays open between saves: a save is one write and one
 * flush, with no open, close or look at the file's end (docs/storage.md). Only the store's
 * queue uses it, one call at a time.
 */
export interface Journal {
  /** Appends one change and flushes it: once this resolves, the change survives a crash. */
  append(entry: JournalEntry): Promise<void>;
  /** Empties it once everything in it is in place (the file is kept), and flushes that. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export function openJournal(codec: FileCodec, dataDir: string): Journal {
  const file = journalPath(dataDir);
  let handle: FileHandle | undefined;
  /** Whether the file may end in a line cut off (found at first use, or after a failed write). */
  let unsure = true;
  let size = 0;

  const reset = async () => {
    const open = handle;
    handle = undefined;
    unsure = true;
    await open?.close().catch(() => undefined);
  };
  const use = async (): Promise<FileHandle> => {
    if (handle) return handle;
    // Made if missing, then opened for reading and writing at a position, not in append mode:
    // on Windows an append-mode handle lacks the right to truncate (libuv opens it with
    // FILE_APPEND_DATA instead of FILE_WRITE_DATA), and emptying the journal needs it.
    await (await open(file, 'a', PRIVATE_FILE_MODE)).close();
    const opened = await open(file, 'r+');
    try {
      size = (await opened.stat()).size;
      if (size === 0) {
        // New (or emptied): its folder entry must last too, or the journal could vanish.
        await syncDirectory(dataDir);
      }
    } catch (error) {
      await opened.close();
      throw error;
    }
    handle = opened;
    return opened;
  };

  return {
    async append(entry) {
      try {
        const h = await use();
        let prefix = '';
        if (unsure && size > 0) {
          // A line a crash cut off must not swallow this one.
          const last = Buffer.alloc(1);
          await h.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) prefix = '\n';
        }
        const line = codec.encodeLine(JOURNAL_FILE, [JSON.stringify(entry)]);
        const bytes = Buffer.from(`${prefix}${line}\n`, 'utf8');
        // One writer (the store's queue): the end of the file is where the last write left it.
        await h.write(bytes, 0, bytes.length, size);
        await h.datasync();
        size += bytes.length;
        unsure = false;
      } catch (error) {
        await reset();
        throw error;
      }
    },
    async clear() {
      try {
        const h = await use();
        if (size === 0) return;
        await h.truncate(0);
        await h.datasync();
        size = 0;
        unsure = false;
      } catch (error) {
        await reset();
        throw error;
      }
    },
    close: reset,
  };
}

/** Whether the journal holds nothing to replay (what a test reading the folder waits for). */
export async function journalIsEmpty(dataDir: string): Promise<boolean> {
  try {
    return (await stat(journalPath(dataDir))).size === 0;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true;
    throw error;
  }
}
