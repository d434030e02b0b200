/**
 * Keeps a copy of a file the store cannot use, next to it, before anything else happens: the
 * original stays in place untouched, and the copy survives whatever the user does next
 * (restoring a backup overwrites the original, never the copy).
 */
import { constants } from 'node:fs';
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, syncDirectory, syncFile } from './durable-file';
import { makePrivate } from './private-files';
import { formatStamp } from './timestamps';

/**
 * Copies `dataDir/name` to `name.<label>-<stamp>` and returns the copy's name. When the newest
 * earlier copy already holds the same bytes (the app was started again on the same damaged
 * file), that copy is reused instead of piling up duplicates.
 */
export async function keepDamagedCopy(
  dataDir: string,
  name: string,
  label: 'corrupt' | 'newer',
  now: Date,
): Promise<string> {
  const original = await readFile(join(dataDir, name));
  const prefix = `${name}.${label}-`;
  const earlier = (await readdir(dataDir)).filter((f) => f.startsWith(prefix)).sort();
  const newest = earlier.at(-1);
  if (newest && original.equals(await readFile(join(dataDir, newest)))) return newest;

  const stamp = formatStamp(now);
  for (let n = 1; ; n++) {
    const copy = `${prefix}${stamp}${n === 1 ? '' : `-${n}`}`;
    try {
      await copyFile(join(dataDir, name), join(dataDir, copy), constants.COPYFILE_EXCL);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw error;
    }
    await makePrivate(join(dataDir, copy));
    await syncFile(join(dataDir, copy));
    await syncDirectory(dataDir);
    return copy;
  }
}
