/**
 * The one place where bytes on disk become a file's contents and back: every data file, the
 * audit trail, every backup and every kept copy is written through a `FileCodec`, which seals it
 * under the folder's data key (sealed-format.ts). New kinds of files written through
 * `storedFileBytes` / `readStoredFile` / `appendAuditLines` get the encryption for free.
 *
 * A file that does not open (another key, a changed byte, a plain file in an encrypted folder) is
 * a `StoredFileError`, which the store treats as damage: kept aside, reported, never overwritten.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { StoredFileError, type FileProblem } from './decode-file';
import { appendLines, errorCode } from './durable-file';
import { SealError, seal, sealLine, unseal, unsealLine } from './sealed-format';
import type { SealProblem } from './sealed-format';

export interface FileCodec {
  /** The data key's id (sealed-format.ts). */
  readonly keyId: string;
  /** The bytes to write for `contents` of the file named `name`. */
  encode(name: string, contents: Uint8Array): Buffer;
  /** The contents of a file's bytes; throws `StoredFileError` when they do not open. */
  decode(name: string, stored: Uint8Array): Buffer;
  /** One line of an append-only file holding `lines` (one append: one sealed line). */
  encodeLine(name: string, lines: readonly string[]): string;
  decodeLine: (name: string, line: string) => ReturnType<typeof unsealLine>;
}

const PROBLEMS: Record<SealProblem, FileProblem> = {
  'not-sealed': 'not-encrypted',
  'newer-format': 'newer-version',
  'other-key': 'other-key',
  truncated: 'not-authentic',
  'not-authentic': 'not-authentic',
};

/** The codec of a folder whose data key is `key`. */
export function sealedCodec(key: Uint8Array, keyId: string): FileCodec {
  return {
    keyId,
    encode: (name, contents) => seal(key, name, contents),
    decode(name, stored) {
      try {
        return unseal(key, name, stored);
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        throw new StoredFileError(PROBLEMS[error.problem], `sealed file: ${error.problem}`);
      }
    },
    encodeLine: (name, lines) => sealLine(key, name, lines.join('\n')),
    decodeLine: (name, line) => unsealLine(key, name, line),
  };
}

/** The stored bytes of a file: its contents sealed under its own name. */
export function storedFileBytes(codec: FileCodec, path: string, contents: Uint8Array): Buffer {
  return codec.encode(basename(path), contents);
}

/** Reads a file's contents as text; undefined when it does not exist. */
export async function readStoredFile(codec: FileCodec, path: string): Promise<string | undefined> {
  let stored: Buffer;
  try {
    stored = await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  return codec.decode(basename(path), stored).toString('utf8');
}

/** Appends `lines` durably as one sealed line (a change's entries travel together). */
export function appendAuditLines(
  codec: FileCodec,
  path: string,
  lines: readonly string[],
): Promise<void> {
  return appendLines(path, [codec.encodeLine(basename(path), lines)]);
}

/** One line of an append-only file as stored, and the lines it holds. */
export interface StoredLine {
  /** The line as it is on disk (a restore merges by it). */
  stored: string;
  lines: string[];
}

export interface StoredLines {
  good: StoredLine[];
  /** Lines a crash cut off in mid-append. */
  torn: number;
  /** Lines that do not open: damage. */
  bad: number;
}

/** Opens every line of an append-only file's text. */
export function decodeLines(codec: FileCodec, name: string, text: string): StoredLines {
  const result: StoredLines = { good: [], torn: 0, bad: 0 };
  for (const stored of text.split('\n')) {
    if (stored === '') continue;
    const opened = codec.decodeLine(name, stored);
    if (opened.kind === 'ok') result.good.push({ stored, lines: opened.text.split('\n') });
    else if (opened.kind === 'torn') result.torn++;
    else result.bad++;
  }
  return result;
}
