import type {
  Changes,
  KeyState,
  ParsedInput,
  RecoveryKey,
  StorageStatus,
} from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { finishErasures } from './retention';

export async function storageStatus(ctx: ServiceContext): Promise<StorageStatus> {
  return ctx.storage.status();
}

export async function restoreBackup(
  ctx: ServiceContext,
  input: ParsedInput<'storage.restoreBackup'>,
): Promise<StorageStatus> {
  const status = await ctx.storage.restoreBackup(input.backup);
  // A backup made before an erase holds the erased person: they are erased again at once.
  if (!status.ok) return status;
  await finishErasures(ctx.repo, ctx.now, { everything: true });
  return ctx.storage.status();
}

export async function changesSince(
  ctx: ServiceContext,
  input: ParsedInput<'changes.since'>,
): Promise<Changes> {
  return ctx.storage.changesSince(input.after);
}

export async function takeRecoveryKey(ctx: ServiceContext): Promise<RecoveryKey | null> {
  return ctx.storage.takeRecoveryKey();
}

export function newRecoveryKey(ctx: ServiceContext): Promise<RecoveryKey> {
  return ctx.storage.newRecoveryKey();
}

/**
 * Once the store answers, its key is at hand: the key channels have nothing left to do (a
 * recovery key or passphrase sent again is not even looked at), and say only whether a recovery
 * key made at this start waits to be taken. While it is not, the start-up gate answers them
 * instead (main/key-gate.ts).
 */
export async function keyState(ctx: ServiceContext): Promise<KeyState> {
  return { state: 'open', recoveryKeyWaiting: ctx.storage.recoveryKeyWaiting() };
}
