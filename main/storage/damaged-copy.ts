/**
 * Keeps a copy of a file the store cannot use, next to it, before anything else happens: the
 * original stays in place untouched, and the copy survives whatever the user does next
 * (restoring a backup overwrites the original, never the copy).
 *
 * The copy is sealed whole under the folder's key (file-codec.ts), whatever the damaged bytes
 * are: a damaged file may hold readable personal data (a plain file put in an encrypted folder,
 * half a record), and nothing Tomari writes may. The key opens it again for whoever
 * investigates (`npm run data -- show`).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, syncDirectory } from './durable-file';
import type { FileCodec } from './file-codec';
import { PRIVATE_FILE_MODE } from './private-files';
import { formatStamp } from './timestamps';

/** The bytes a kept copy holds, or undefined when it does not open with this codec. */
function openCopy(codec: FileCodec, name: string, stored: Buffer): Buffer | undefined {
  try {
    return codec.decode(name, stored);
  } catch {
    return undefined;
  }
}

/**
 * Copies `dataDir/name` to `name.<label>-<stamp>` and returns the copy's name. When the newest
 * earlier copy already holds the same bytes (the app was started again on the same damaged
 * file), that copy is reused instead of piling up duplicates.
 */
export async function keepDamagedCopy(
  codec: FileCodec,
  dataDir: string,
  name: string,
  label: 'corrupt' | 'newer',
  now: Date,
): Promise<string> {
  const original = await readFile(join(dataDir, name));
  const prefix = `${name}.${label}-`;
  const earlier = (await readdir(dataDir)).filter((f) => f.startsWith(prefix)).sort();
  const newest = earlier.at(-1);
  if (newest && openCopy(codec, name, await readFile(join(dataDir, newest)))?.equals(original)) {
    return newest;
  }

  const sealed = codec.encode(name, original);
  const stamp = formatStamp(now);
  for (let n = 1; ; n++) {
    const copy = `${prefix}${stamp}${n === 1 ? '' : `-${n}`}`;
    try {
      // 'wx': never over an existing copy; flushed before the folder entry is.
      await writeFile(join(dataDir, copy), sealed, {
        flag: 'wx',
        mode: PRIVATE_FILE_MODE,
        flush: true,
      });
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw error;
    }
    await syncDirectory(dataDir);
    return copy;
  }
}
