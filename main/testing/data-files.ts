import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_FILE, journalIsEmpty } from '../storage/journal';

/**
 * Every data file of a folder (the JSON files and the audit log) with its exact contents, so a
 * test can prove that a refused call wrote nothing at all.
 */
export async function dataFileContents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    if (/\.jsonl?$/.test(name)) out[name] = await readFile(join(dir, name), 'utf8');
  }
  return out;
}

/**
 * `dataFileContents` once the folder's last change is in place: a change is answered once its
 * journal line is flushed and its files follow (docs/storage.md), so a test reading the folder of
 * a store running in another process waits for the journal to be empty first.
 */
export async function settledDataFileContents(
  dir: string,
  waitMs = 10_000,
): Promise<Record<string, string>> {
  const until = Date.now() + waitMs;
  while (!(await journalIsEmpty(dir))) {
    if (Date.now() > until)
      throw new Error(`${JOURNAL_FILE} still holds a change after ${waitMs} ms`);
    await new Promise((done) => setTimeout(done, 20));
  }
  return dataFileContents(dir);
}
