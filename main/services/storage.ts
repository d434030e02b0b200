import type { Changes, ParsedInput, StorageStatus } from '../../shared/api/contract';
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
