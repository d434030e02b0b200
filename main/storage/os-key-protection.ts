/**
 * The desktop app's data key store: the key file in the app's config folder (userData, beside
 * but never inside the data folder), each key wrapped by Electron's safeStorage (DPAPI on
 * Windows, Keychain on macOS, libsecret or KWallet on Linux), so a copy of the file alone, or of
 * the whole disk, opens nothing without the user's OS login.
 *
 * Where safeStorage cannot protect a key (no OS secret store; on Linux the `basic_text` backend,
 * whose "encryption" uses a fixed password), the key is wrapped under a key derived from the
 * manager's passphrase instead (`passphraseKeys`, scrypt), which the app asks for at start.
 */
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import {
  keyFileStore,
  readKeyFile,
  unwrapWithSecret,
  wrapWithSecret,
  type KeyAccess,
  type KeyProtection,
  type PassphraseWrap,
} from './data-key';

export const DATA_KEY_FILE = 'data-keys.json';

/** The part of Electron's `safeStorage` used here (main/electron passes the real one). */
export interface SafeStorageApi {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
  getSelectedStorageBackend(): string;
}

/** safeStorage's protection, or undefined when it cannot really protect anything here. */
export async function safeStorageProtection(
  storage: SafeStorageApi,
  platform = process.platform,
): Promise<KeyProtection | undefined> {
  if (!(await storage.isAsyncEncryptionAvailable())) return undefined;
  if (
    platform === 'linux' &&
    ['basic_text', 'unknown'].includes(storage.getSelectedStorageBackend())
  ) {
    return undefined;
  }
  return {
    name: 'safeStorage',
    async protect(key) {
      return (await storage.encryptStringAsync(key.toString('base64'))).toString('base64');
    },
    async unprotect(stored) {
      const { result } = await storage.decryptStringAsync(Buffer.from(stored, 'base64'));
      return Buffer.from(result, 'base64');
    },
  };
}

const PASSPHRASE_LABEL = 'tomari passphrase v1';

/** Protection by the manager's passphrase (scrypt, N = 2^17): where safeStorage cannot. */
export function passphraseProtection(passphrase: string, logN = 17): KeyProtection {
  return {
    name: 'passphrase',
    async protect(key) {
      return JSON.stringify(await wrapWithSecret(key, passphrase, PASSPHRASE_LABEL, logN));
    },
    async unprotect(stored) {
      const key = await unwrapWithSecret(
        JSON.parse(stored) as PassphraseWrap,
        passphrase,
        PASSPHRASE_LABEL,
      );
      if (!key) throw new Error('wrong passphrase');
      return key;
    },
  };
}

/** The manager's passphrase guarding this PC's key file, where the OS cannot. */
export interface PassphraseKeys {
  /** Whether a passphrase was chosen on this PC already (the key file holds keys under one). */
  isSet(): Promise<boolean>;
  /**
   * The key access under `passphrase`: PASSPHRASE_WRONG when the file holds keys it does not
   * open (the first passphrase given on a PC is the one chosen).
   */
  open(passphrase: string): Promise<KeyAccess>;
}

/** The key file at `path`, its keys wrapped under the manager's passphrase (scrypt, 2^`logN`). */
export function passphraseKeys(path: string, logN = 17): PassphraseKeys {
  const held = async () => {
    const file = await readKeyFile(path);
    if (file === undefined) return [];
    if (file.protection !== 'passphrase') return fail('DATA_KEY_INVALID', { reason: 'keyFile' });
    return Object.values(file.keys);
  };
  return {
    isSet: async () => (await held()).length > 0,
    async open(passphrase) {
      const protection = passphraseProtection(passphrase, logN);
      const [first] = await held();
      if (first !== undefined) {
        const opens = await protection.unprotect(first).then(
          () => true,
          () => false,
        );
        if (!opens) return fail('PASSPHRASE_WRONG');
      }
      return { keys: keyFileStore(path, protection) };
    },
  };
}

/**
 * Where the desktop app keeps the data key: the key file in the app's config folder, under the
 * OS's protection (safeStorage), or where that cannot protect it, under the manager's passphrase
 * (the app asks for it at start, main/key-gate.ts).
 */
export type DesktopKeys =
  { kind: 'os'; access: KeyAccess } | { kind: 'passphrase'; passphrase: PassphraseKeys };

export async function desktopKeys(
  userData: string,
  storage: SafeStorageApi,
  platform = process.platform,
): Promise<DesktopKeys> {
  const path = join(userData, DATA_KEY_FILE);
  const protection = await safeStorageProtection(storage, platform);
  if (!protection) return { kind: 'passphrase', passphrase: passphraseKeys(path) };
  return { kind: 'os', access: { keys: keyFileStore(path, protection) } };
}
