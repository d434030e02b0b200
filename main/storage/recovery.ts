/**
 * The recovery key at work (docs/storage.md, "Encryption at rest"):
 *
 * - `recoverWithKey`: on a PC that lacks a folder's data key (a new PC, a reinstalled profile),
 *   the recovery key unwraps it from the keyring of the data folder or of any backup, and it is
 *   kept in this PC's key store; the folder then opens as usual.
 * - `replaceRecoveryKey`: a new recovery key (the printed one was lost, or seen by someone who
 *   should not have): the data key is wrapped again, in the folder's keyring and in every
 *   backup's, and the old code stops opening anything. No data file is rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import { BACKUPS_DIR, listBackupNames } from './backups';
import {
  KEYRING_FILE,
  newRecoveryWrap,
  openKeyring,
  readKeyring,
  unwrapWithRecoveryKey,
  writeKeyring,
  type DataKeyStore,
  type KeyAccess,
} from './data-key';
import { copyKeyringInto } from './folder-key';

/**
 * Unwraps the data key of `dir` (a data folder or a backup) with the recovery key and keeps it
 * in `keys`. Answers the key's id. RECOVERY_KEY_WRONG when the code does not open the keyring;
 * DATA_KEY_MISSING when `dir` has no keyring (not an encrypted Tomari folder).
 */
export async function recoverWithKey(
  dir: string,
  recoveryKey: string,
  keys: DataKeyStore,
): Promise<string> {
  const keyring = await readKeyring(dir);
  if (!keyring) return fail('DATA_KEY_MISSING', { keyId: null });
  const key = await unwrapWithRecoveryKey(keyring, recoveryKey);
  if (!key) return fail('RECOVERY_KEY_WRONG');
  await keys.save(keyring.keyId, key);
  return keyring.keyId;
}

/**
 * Makes a new recovery key for the folder (whose data key this PC has) and answers it, to be
 * shown once. The caller holds the folder's lock (the store, or the data command's).
 */
export async function replaceRecoveryKey(
  dataDir: string,
  access: KeyAccess,
  now: () => Date,
): Promise<string> {
  const { keyring, key } = await openKeyring(dataDir, access);
  const { recoveryKey, recovery } = await newRecoveryWrap(key, access.recoveryCost);
  await writeKeyring(dataDir, key, {
    state: keyring.state,
    recovery,
    recoveryMadeAt: now().toISOString(),
  });
  // Every backup carries the keyring: the old code must not open them either.
  const bytes = await readFile(join(dataDir, KEYRING_FILE));
  for (const name of await listBackupNames(dataDir)) {
    await copyKeyringInto(join(dataDir, BACKUPS_DIR, name), bytes);
  }
  return recoveryKey;
}
