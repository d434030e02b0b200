import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
