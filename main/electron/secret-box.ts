/**
 * The server's password sealed by the operating system (Electron `safeStorage`: DPAPI on
 * Windows, the Keychain on macOS, the desktop's secret service on Linux) for the app's
 * configuration file (main/connection/app-config.ts). Only this process, as this user, opens it.
 */
import { safeStorage } from 'electron';
import type { SecretBox } from '../connection/app-config';

export function electronSecretBox(): SecretBox {
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    seal: (text) => safeStorage.encryptString(text).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
