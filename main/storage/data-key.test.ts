/** The data key's keepers: the key file, the keyring beside the data, the recovery key. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  KEYRING_FILE,
  isWellFormedRecoveryKey,
  keyFileStore,
  keyringIsAuthentic,
  newRecoveryKey,
  newRecoveryWrap,
  readKeyring,
  unwrapWithRecoveryKey,
  writeKeyring,
} from './data-key';
import {
  desktopKeys,
  passphraseKeys,
  passphraseProtection,
  safeStorageProtection,
} from './os-key-protection';
import { keyIdOf, newDataKey } from './sealed-format';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-keys-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: { error?: unknown }) => error.error,
  );
}

describe('the recovery key', () => {
  it('is 160 random bits, printed as eight groups of four unambiguous characters', () => {
    const code = newRecoveryKey();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newRecoveryKey()).not.toBe(code);
    expect(isWellFormedRecoveryKey(code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(isWellFormedRecoveryKey(code.slice(0, -1))).toBe(false);
  });

  it('unwraps the data key from the keyring, typed in any case and grouping; a wrong one does not', async () => {
    const key = newDataKey();
    const { recoveryKey, recovery } = await newRecoveryWrap(key, 10);
    const keyring = await writeKeyring(dir, key, {
      state: 'sealed',
      recovery,
      recoveryMadeAt: '2026-12-01T00:00:00.000Z',
    });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(await unwrapWithRecoveryKey(keyring, typed)).toEqual(key);
    // O for 0 and I or L for 1: what people misread on paper.
    const misread = recoveryKey.replace(/0/g, 'O').replace(/1/g, 'l');
    expect(await unwrapWithRecoveryKey(keyring, misread)).toEqual(key);
    expect(await unwrapWithRecoveryKey(keyring, newRecoveryKey())).toBeUndefined();
    expect(await unwrapWithRecoveryKey(keyring, 'not a key')).toBeUndefined();
  });
});

describe('the keyring', () => {
  it('holds no key in clear, and any change to it is found', async () => {
    const key = newDataKey();
    const { recovery } = await newRecoveryWrap(key, 10);
    await writeKeyring(dir, key, { state: 'sealed', recovery, recoveryMadeAt: 'x' });
    const text = await readFile(join(dir, KEYRING_FILE), 'utf8');
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain(key.toString('hex'));
    const keyring = await readKeyring(dir);
    expect(keyring && keyringIsAuthentic(keyring, key)).toBe(true);
    expect(keyring && keyringIsAuthentic(keyring, newDataKey())).toBe(false);
    // Edited back to "being encrypted", so that plain files would pass: found.
    const edited = { ...keyring!, state: 'migrating' as const };
    expect(keyringIsAuthentic(edited, key)).toBe(false);

    await writeFile(join(dir, KEYRING_FILE), '{"format":1');
    expect(await refusal(readKeyring(dir))).toMatchObject({ code: 'DATA_KEY_INVALID' });
  });
});

describe('the key file', () => {
  it('is created owner-only in an owner-only folder, holds a key per folder, and reads back', async () => {
    const path = join(dir, 'config', 'Tomari', 'data-keys.json');
    const store = keyFileStore(path);
    const [a, b] = [newDataKey(), newDataKey()];
    await store.save(keyIdOf(a), a);
    await store.save(keyIdOf(b), b);
    expect(await keyFileStore(path).load(keyIdOf(a))).toEqual(a);
    expect(await keyFileStore(path).load(keyIdOf(b))).toEqual(b);
    expect(await store.load(keyIdOf(newDataKey()))).toBeUndefined();
    if (process.platform !== 'win32') {
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'config', 'Tomari'))).mode & 0o777).toBe(0o700);
    }
  });

  it('refuses a file written under another protection, or that does not parse', async () => {
    const path = join(dir, 'data-keys.json');
    const key = newDataKey();
    await keyFileStore(path).save(keyIdOf(key), key);
    const other = keyFileStore(path, passphraseProtection('暗証', 10));
    expect(await refusal(other.load(keyIdOf(key)))).toMatchObject({
      code: 'DATA_KEY_INVALID',
      reason: 'keyFile',
    });
    await writeFile(path, 'nonsense');
    expect(await refusal(keyFileStore(path).load(keyIdOf(key)))).toMatchObject({
      code: 'DATA_KEY_INVALID',
    });
  });

  it('under a passphrase, holds only the wrapped key; a wrong passphrase opens nothing', async () => {
    const path = join(dir, 'data-keys.json');
    const key = newDataKey();
    await keyFileStore(path, passphraseProtection('ひだまり 2026', 10)).save(keyIdOf(key), key);
    expect(await readFile(path, 'utf8')).not.toContain(key.toString('base64'));
    const right = keyFileStore(path, passphraseProtection('ひだまり 2026', 10));
    expect(await right.load(keyIdOf(key))).toEqual(key);
    const wrong = keyFileStore(path, passphraseProtection('ひだまり 2025', 10));
    expect(await wrong.load(keyIdOf(key))).toBeUndefined();
  });
});

describe("the desktop app's protection (Electron safeStorage)", () => {
  const os = (backend = 'gnome_libsecret', available = true) => ({
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text: string) => Buffer.from(`os:${text}`).reverse(),
    decryptStringAsync: async (encrypted: Buffer) => ({
      result: Buffer.from(encrypted).reverse().toString().slice(3),
    }),
  });

  /** The OS's key access, as the desktop app gets it. */
  const osAccess = () => osAccessIn(dir);

  it('wraps each key with the OS, in the app config folder', async () => {
    const access = await osAccess();
    const key = newDataKey();
    await access.keys.save(keyIdOf(key), key);
    const file = await readFile(join(dir, 'data-keys.json'), 'utf8');
    expect(file).toContain('"protection": "safeStorage"');
    expect(file).not.toContain(key.toString('base64'));
    expect(await (await osAccess()).keys.load(keyIdOf(key))).toEqual(key);
  });

  it("falls back to the manager's passphrase where the OS cannot protect it: no secret store, or Linux basic_text", async () => {
    expect(await safeStorageProtection(os('gnome_libsecret', false), 'win32')).toBeUndefined();
    expect(await safeStorageProtection(os('basic_text'), 'linux')).toBeUndefined();
    expect(await safeStorageProtection(os('basic_text'), 'win32')).toBeDefined();
    expect((await desktopKeys(dir, os('basic_text'), 'linux')).kind).toBe('passphrase');
    expect((await desktopKeys(dir, os('gnome_libsecret', false), 'win32')).kind).toBe('passphrase');
  });
});

describe("the manager's passphrase, where the OS cannot protect the key", () => {
  const path = () => join(dir, 'data-keys.json');

  it('is chosen by the first one given, and from then on only that one opens the key file', async () => {
    const keys = passphraseKeys(path(), 10);
    expect(await keys.isSet()).toBe(false);
    const key = newDataKey();
    await (await keys.open('kanrisha-no-aikotoba')).keys.save(keyIdOf(key), key);
    expect(await keys.isSet()).toBe(true);
    const file = await readFile(path(), 'utf8');
    expect(file).toContain('"protection": "passphrase"');
    expect(file).not.toContain(key.toString('base64'));

    expect(await refusal(keys.open('chigau-aikotoba-desu'))).toMatchObject({
      code: 'PASSPHRASE_WRONG',
    });
    const again = await passphraseKeys(path(), 10).open('kanrisha-no-aikotoba');
    expect(await again.keys.load(keyIdOf(key))).toEqual(key);
  });

  it("refuses a key file written under the OS's protection (not read as a passphrase's)", async () => {
    const key = newDataKey();
    await (await osAccessIn(dir)).keys.save(keyIdOf(key), key);
    expect(await refusal(passphraseKeys(path(), 10).isSet())).toMatchObject({
      code: 'DATA_KEY_INVALID',
    });
  });
});

/** The OS-protected key access of a config folder (a fake safeStorage that works). */
async function osAccessIn(config: string) {
  const keys = await desktopKeys(
    config,
    {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (text: string) => Buffer.from(`os:${text}`).reverse(),
      decryptStringAsync: async (encrypted: Buffer) => ({
        result: Buffer.from(encrypted).reverse().toString().slice(3),
      }),
    },
    'linux',
  );
  if (keys.kind !== 'os') throw new Error('expected the OS protection');
  return keys.access;
}
