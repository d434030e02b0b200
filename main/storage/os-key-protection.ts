/**
 * The desktop app's data key store: the key file in the app's config folder (userData, beside
 * but never inside the data folder), each key wrapped by Electron's safeStorage (DPAPI on
 * Windows, Keychain on macOS, libsecret or KWallet on Linux), so a copy of the file alone, or of
 * the whole disk, opens nothing without the user's OS login.
 *
 * Where safeStorage cannot protect a key (no OS secret store; on Linux the `basic_text` backend,
 * whose "encryption" uses a fixed password), the key is wrapped under a key derived from the
 * manager's passphrase instead (`passphraseProtection`, scrypt).
 */
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import {
  keyFileStore,
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

/**
 * The key access of the desktop app. Refuses with KEY_PROTECTION_UNAVAILABLE where safeStorage
 * cannot protect the key (asking for a passphrase instead is not built yet: docs/storage.md).
 */
export async function desktopKeyAccess(
  userData: string,
  storage: SafeStorageApi,
  platform = process.platform,
): Promise<KeyAccess> {
  const protection = await safeStorageProtection(storage, platform);
  if (!protection) return fail('KEY_PROTECTION_UNAVAILABLE');
  return { keys: keyFileStore(join(userData, DATA_KEY_FILE), protection) };
}
