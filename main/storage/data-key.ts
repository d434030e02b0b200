/**
 * The data folder's key (docs/storage.md, "Encryption at rest").
 *
 * - The **data key** (32 random bytes) seals every file. It is kept outside the data folder by a
 *   `DataKeyStore`: the browser host's key file (0600, in the user's config folder), or, in the
 *   desktop app, the same file with each key wrapped by Electron's safeStorage (DPAPI, Keychain,
 *   libsecret) or by a key derived from the manager's passphrase.
 * - The **keyring** (`tomari-keyring.json`, in the folder and in every backup) holds no secret a
 *   thief can use: the key's id, the data key wrapped under the **recovery key** (a random
 *   160-bit code shown once, to be printed and locked away), and whether the folder is fully
 *   encrypted. It is authenticated with the data key, so it cannot be edited unnoticed (e.g. to
 *   make the store accept plain files again). With the recovery key, a new PC can unwrap the
 *   data key from the keyring of the folder or of any backup.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { fail } from '../../shared/api/errors';
import { readTextIfExists, writeFileDurably } from './durable-file';
import { ensurePrivateDir } from './private-files';
import { DATA_KEY_BYTES, keyIdOf, newDataKey } from './sealed-format';

export const KEYRING_FILE = 'tomari-keyring.json';

/** Where a folder's data key is kept, outside the folder. */
export interface DataKeyStore {
  /** The key with this id, when this store has it. */
  load(keyId: string): Promise<Buffer | undefined>;
  /** Keeps the key (durably) before any file is sealed with it. */
  save(keyId: string, key: Buffer): Promise<void>;
}

/** How the store reaches its key. */
export interface KeyAccess {
  keys: DataKeyStore;
  /** log2 of scrypt's N for a new recovery key; tests lower it. Default 15. */
  recoveryCost?: number;
}

// ---------------------------------------------------------------------------------------------
// The recovery key
// ---------------------------------------------------------------------------------------------

/** Crockford's base32: no I, L, O, U, so a printed code is read back without doubt. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 20;

/** A new recovery key: 160 random bits as 32 characters in groups of four (`K7Q2-…`). */
export function newRecoveryKey(): string {
  const bytes = randomBytes(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** What a person typed, as the canonical code: case, spaces and hyphens do not matter. */
export function normalizeRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-ー－‐]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isWellFormedRecoveryKey(typed: string): boolean {
  const code = normalizeRecoveryKey(typed);
  return code.length === 32 && [...code].every((c) => ALPHABET.includes(c));
}

// ---------------------------------------------------------------------------------------------
// The keyring file
// ---------------------------------------------------------------------------------------------

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const wrapSchema = z.object({
  kdf: z.literal('scrypt'),
  logN: z.number().int().min(10).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: b64,
  nonce: b64,
  wrapped: b64,
});
export type PassphraseWrap = z.infer<typeof wrapSchema>;

const keyringSchema = z.object({
  format: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** `migrating` while a plain folder is being encrypted (plain files are still accepted). */
  state: z.enum(['migrating', 'sealed']),
  recovery: wrapSchema,
  /** When the recovery key was made (ISO), so settings can say how old the printed one is. */
  recoveryMadeAt: z.string(),
  mac: b64,
});
export type Keyring = z.infer<typeof keyringSchema>;

function keyringMac(key: Uint8Array, keyring: Omit<Keyring, 'mac'>): string {
  const { format, keyId, state, recovery, recoveryMadeAt } = keyring;
  const canonical = JSON.stringify([format, keyId, state, recovery, recoveryMadeAt]);
  return createHmac('sha256', key)
    .update('tomari keyring v1\u0000')
    .update(canonical)
    .digest('base64');
}

function scryptAsync(
  secret: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      salt,
      32,
      { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r + 1024 * 1024 },
      (error, derived) => (error ? reject(error) : resolve(derived)),
    );
  });
}

/** Wraps `key` under a key derived from `secret` (a recovery key or a passphrase). */
export async function wrapWithSecret(
  key: Uint8Array,
  secret: string,
  label: string,
  logN = 15,
): Promise<PassphraseWrap> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const kek = await scryptAsync(secret, salt, logN, 8, 1);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(label, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return {
    kdf: 'scrypt',
    logN,
    r: 8,
    p: 1,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** The key wrapped by `wrapWithSecret`, or undefined when the secret is not the right one. */
export async function unwrapWithSecret(
  wrap: PassphraseWrap,
  secret: string,
  label: string,
): Promise<Buffer | undefined> {
  const kek = await scryptAsync(
    secret,
    Buffer.from(wrap.salt, 'base64'),
    wrap.logN,
    wrap.r,
    wrap.p,
  );
  const wrapped = Buffer.from(wrap.wrapped, 'base64');
  if (wrapped.length !== DATA_KEY_BYTES + 16) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.nonce, 'base64'));
  decipher.setAAD(Buffer.from(label, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(DATA_KEY_BYTES));
  try {
    return Buffer.concat([decipher.update(wrapped.subarray(0, DATA_KEY_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

const recoveryLabel = (keyId: string) => `tomari recovery key v1 ${keyId}`;

/** A small JSON file of the keys (the keyring, a key file), checked; DATA_KEY_INVALID if not. */
async function readKeyJson<S extends z.ZodType>(
  path: string,
  schema: S,
  reason: 'keyring' | 'keyFile',
): Promise<z.output<S> | undefined> {
  const text = await readTextIfExists(path);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('DATA_KEY_INVALID', { reason });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) return fail('DATA_KEY_INVALID', { reason });
  return result.data;
}

/** Reads a folder's (or a backup's) keyring; undefined when it has none. */
export function readKeyring(dir: string): Promise<Keyring | undefined> {
  return readKeyJson(join(dir, KEYRING_FILE), keyringSchema, 'keyring');
}

/**
 * The folder's keyring and its data key from this PC's key store: DATA_KEY_MISSING when the
 * folder has no keyring or the store lacks the key, DATA_KEY_INVALID when the keyring was edited.
 */
export async function openKeyring(
  dir: string,
  access: KeyAccess,
): Promise<{ keyring: Keyring; key: Buffer }> {
  const keyring = await readKeyring(dir);
  if (!keyring) return fail('DATA_KEY_MISSING', { keyId: null });
  const key = await access.keys.load(keyring.keyId);
  if (key === undefined) return fail('DATA_KEY_MISSING', { keyId: keyring.keyId });
  if (!keyringIsAuthentic(keyring, key)) return fail('DATA_KEY_INVALID', { reason: 'keyring' });
  return { keyring, key };
}

/** True when the keyring was written with `key` and not changed since. */
export function keyringIsAuthentic(keyring: Keyring, key: Uint8Array): boolean {
  if (keyIdOf(key) !== keyring.keyId) return false;
  const expected = Buffer.from(keyringMac(key, keyring), 'base64');
  const actual = Buffer.from(keyring.mac, 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function writeKeyring(
  dir: string,
  key: Uint8Array,
  fields: Omit<Keyring, 'mac' | 'format' | 'keyId'>,
): Promise<Keyring> {
  const unsigned = { format: 1 as const, keyId: keyIdOf(key), ...fields };
  const keyring: Keyring = { ...unsigned, mac: keyringMac(key, unsigned) };
  await writeFileDurably(join(dir, KEYRING_FILE), `${JSON.stringify(keyring, null, 2)}\n`);
  return keyring;
}

/** A keyring for `key` with a new recovery key; answers both (the code is shown once). */
export async function newRecoveryWrap(
  key: Uint8Array,
  logN = 15,
): Promise<{ recoveryKey: string; recovery: PassphraseWrap }> {
  const recoveryKey = newRecoveryKey();
  const recovery = await wrapWithSecret(
    key,
    normalizeRecoveryKey(recoveryKey),
    recoveryLabel(keyIdOf(key)),
    logN,
  );
  return { recoveryKey, recovery };
}

/** The data key unwrapped from a keyring with a recovery key; undefined when the code is wrong. */
export async function unwrapWithRecoveryKey(
  keyring: Keyring,
  recoveryKey: string,
): Promise<Buffer | undefined> {
  if (!isWellFormedRecoveryKey(recoveryKey)) return undefined;
  const key = await unwrapWithSecret(
    keyring.recovery,
    normalizeRecoveryKey(recoveryKey),
    recoveryLabel(keyring.keyId),
  );
  return key && keyringIsAuthentic(keyring, key) ? key : undefined;
}

// ---------------------------------------------------------------------------------------------
// Key stores
// ---------------------------------------------------------------------------------------------

/** How a key file protects the keys it holds (the desktop app's safeStorage, or nothing). */
export interface KeyProtection {
  /** Written into the file, so a file made under one protection is not read under another. */
  name: string;
  protect(key: Buffer): Promise<string>;
  unprotect(stored: string): Promise<Buffer>;
}

/** The browser host's: the file itself, owner-only, outside the data folder, is the protection. */
export const fileModeProtection: KeyProtection = {
  name: 'file-mode',
  protect: (key) => Promise.resolve(key.toString('base64')),
  unprotect: (stored) => Promise.resolve(Buffer.from(stored, 'base64')),
};

const keyFileSchema = z.object({
  format: z.literal(1),
  protection: z.string(),
  keys: z.record(z.string(), z.string()),
});

/** A key file as it is on disk (its protection's name, its keys as protected); undefined if none. */
export function readKeyFile(path: string): Promise<z.output<typeof keyFileSchema> | undefined> {
  return readKeyJson(path, keyFileSchema, 'keyFile');
}

/**
 * A key file holding the data keys of the folders this user opened, by key id: one file serves
 * every folder (the default one, a test folder, a recovered backup). Written 0600 in a 0700
 * folder, durably (a crash never leaves a half file: losing it would lose the data).
 */
export function keyFileStore(
  path: string,
  protection: KeyProtection = fileModeProtection,
): DataKeyStore {
  const read = async () => {
    const file = await readKeyJson(path, keyFileSchema, 'keyFile');
    if (file === undefined) return { format: 1 as const, protection: protection.name, keys: {} };
    // Written under another protection (a passphrase, safeStorage): not readable as this one.
    if (file.protection !== protection.name) return fail('DATA_KEY_INVALID', { reason: 'keyFile' });
    return file;
  };
  return {
    async load(keyId) {
      const stored = (await read()).keys[keyId];
      if (stored === undefined) return undefined;
      const key = await protection.unprotect(stored).catch(() => undefined);
      return key && key.length === DATA_KEY_BYTES && keyIdOf(key) === keyId ? key : undefined;
    },
    async save(keyId, key) {
      const file = await read();
      file.keys[keyId] = await protection.protect(key);
      await ensurePrivateDir(dirname(path));
      await writeFileDurably(path, `${JSON.stringify(file, null, 2)}\n`);
    },
  };
}

/** A key store in memory, for tests. */
export function memoryKeyStore(): DataKeyStore & { keys: Map<string, Buffer> } {
  const keys = new Map<string, Buffer>();
  return {
    keys,
    load: (keyId) => Promise.resolve(keys.get(keyId)),
    save(keyId, key) {
      keys.set(keyId, Buffer.from(key));
      return Promise.resolve();
    },
  };
}

export { newDataKey };
