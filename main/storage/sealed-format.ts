/**
 * The encrypted format of everything the store writes (docs/storage.md, "Encryption at rest").
 * A data file is one sealed record; the audit trail is one sealed record per line (one append,
 * i.e. one change's entries, a line), so it stays append-only.
 *
 * A sealed record is AES-256-GCM under the folder's data key with a fresh random 96-bit nonce:
 *
 *   magic "TMRE" · format version (1 byte) · key id (8) · nonce (12) · length (4, big-endian)
 *   · ciphertext (length bytes) · tag (16)
 *
 * The 29-byte header and the file's name are the additional authenticated data: a changed
 * header byte, a record moved to another file (`stays.json` copied over `master.json`, a
 * training year renamed), a wrong key or a flipped bit all fail authentication, and the file is
 * treated as damaged. The length lets a line torn by a crash in mid-append be told apart from
 * a damaged one. The key id (derived from the key, not secret) says which key a file needs.
 *
 * With a random nonce per record, 2^32 records under one key keep the collision risk below
 * 2^-32 (NIST SP 800-38D); a facility writes a few thousand a year.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export const SEALED_MAGIC = Buffer.from('TMRE', 'ascii');
export const SEALED_VERSION = 1;
export const DATA_KEY_BYTES = 32;
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = SEALED_MAGIC.length + 1 + KEY_ID_BYTES + NONCE_BYTES + 4;

/** Prefix of a sealed audit line (the record in base64url follows). */
export const SEALED_LINE_PREFIX = 'E1:';

/** Why sealed bytes could not be opened. */
export type SealProblem =
  /** Not in the sealed format at all (e.g. a plain JSON file). */
  | 'not-sealed'
  /** A format version this Tomari does not know (a newer one wrote it). */
  | 'newer-format'
  /** Sealed under another data key (`keyId` says which). */
  | 'other-key'
  /** Shorter than its header says: cut off. */
  | 'truncated'
  /** The tag does not match: changed on disk, or moved from another file. */
  | 'not-authentic';

export class SealError extends Error {
  readonly problem: SealProblem;
  readonly keyId: string | undefined;
  constructor(problem: SealProblem, keyId?: string) {
    super(`sealed record: ${problem}`);
    this.name = 'SealError';
    this.problem = problem;
    this.keyId = keyId;
  }
}

/** The key's public name: the first 8 bytes of HMAC-SHA256(key, label), in hex. */
export function keyIdOf(key: Uint8Array): string {
  return createHmac('sha256', key)
    .update('tomari data key id v1')
    .digest()
    .subarray(0, KEY_ID_BYTES)
    .toString('hex');
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** True when the bytes start like a sealed record (says nothing about whether it opens). */
export function looksSealed(bytes: Uint8Array): boolean {
  return bytes.length >= SEALED_MAGIC.length && SEALED_MAGIC.equals(bytes.subarray(0, 4));
}

function aad(header: Buffer, name: string): Buffer {
  return Buffer.concat([header, Buffer.from(`\u0000${name}`, 'utf8')]);
}

/** Seals `plain` for the file `name` (the base name: what it is, not where it lies). */
export function seal(key: Uint8Array, name: string, plain: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  SEALED_MAGIC.copy(header, 0);
  header.writeUInt8(SEALED_VERSION, 4);
  Buffer.from(keyIdOf(key), 'hex').copy(header, 5);
  const nonce = randomBytes(NONCE_BYTES);
  nonce.copy(header, 5 + KEY_ID_BYTES);
  header.writeUInt32BE(plain.length, 5 + KEY_ID_BYTES + NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(header, name));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** Opens a record sealed by `seal` with the same key and name; throws `SealError` otherwise. */
export function unseal(key: Uint8Array, name: string, sealed: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!looksSealed(bytes)) throw new SealError('not-sealed');
  if (bytes.length < 5) throw new SealError('truncated');
  if (bytes.readUInt8(4) !== SEALED_VERSION) throw new SealError('newer-format');
  if (bytes.length < HEADER_BYTES) throw new SealError('truncated');
  const header = bytes.subarray(0, HEADER_BYTES);
  const keyId = header.subarray(5, 5 + KEY_ID_BYTES).toString('hex');
  if (keyId !== keyIdOf(key)) throw new SealError('other-key', keyId);
  const length = header.readUInt32BE(5 + KEY_ID_BYTES + NONCE_BYTES);
  const total = HEADER_BYTES + length + TAG_BYTES;
  if (bytes.length < total) throw new SealError('truncated', keyId);
  if (bytes.length > total) throw new SealError('not-authentic', keyId);
  const nonce = header.subarray(5 + KEY_ID_BYTES, 5 + KEY_ID_BYTES + NONCE_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(aad(header, name));
  decipher.setAuthTag(bytes.subarray(HEADER_BYTES + length));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(HEADER_BYTES, HEADER_BYTES + length)),
      decipher.final(),
    ]);
  } catch {
    throw new SealError('not-authentic', keyId);
  }
}

/** One audit line: a sealed record in base64url behind `E1:`, with no newline in it. */
export function sealLine(key: Uint8Array, name: string, text: string): string {
  return `${SEALED_LINE_PREFIX}${seal(key, name, Buffer.from(text, 'utf8')).toString('base64url')}`;
}

export type OpenedLine =
  | { kind: 'ok'; text: string }
  /** Cut off by a crash in mid-append: a prefix of a sealed line and nothing else. */
  | { kind: 'torn' }
  | { kind: 'bad'; problem: SealProblem | 'not-a-sealed-line' };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function unsealLine(key: Uint8Array, name: string, line: string): OpenedLine {
  if (!line.startsWith(SEALED_LINE_PREFIX)) {
    // A crash may even cut the prefix itself.
    return SEALED_LINE_PREFIX.startsWith(line) && line !== ''
      ? { kind: 'torn' }
      : { kind: 'bad', problem: 'not-a-sealed-line' };
  }
  const body = line.slice(SEALED_LINE_PREFIX.length);
  if (!BASE64URL.test(body)) return { kind: 'bad', problem: 'not-a-sealed-line' };
  const bytes = Buffer.from(body, 'base64url');
  try {
    return { kind: 'ok', text: unseal(key, name, bytes).toString('utf8') };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    // A prefix of a good line: shorter than its header says, or too short to have a header.
    const prefixOfRecord =
      error.problem === 'truncated' || (bytes.length < HEADER_BYTES && looksSealedPrefix(bytes));
    return prefixOfRecord ? { kind: 'torn' } : { kind: 'bad', problem: error.problem };
  }
}

function looksSealedPrefix(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, SEALED_MAGIC.length);
  return SEALED_MAGIC.subarray(0, n).equals(bytes.subarray(0, n));
}
