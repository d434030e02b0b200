/**
 * Restoring what is damaged, and only that: each damaged data file is replaced by the good copy
 * in the newest backup that has one (see restore-plan.ts); the damaged audit log keeps all its
 * good lines and gets the backup's back. Every other file keeps its newer writes. The damaged
 * originals were kept aside (`<name>.corrupt-<stamp>`) when the damage was found, so nothing is
 * lost on the way. The restore itself is recorded in the audit trail.
 */
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import type { AuditEntry } from '../../shared/domain/schemas';
import { isBackupName, listBackupNames } from './backups';
import { AUDIT_FILE } from './data-files';
import { writeFileDurably } from './durable-file';
import { appendAuditLines } from './file-codec';
import { ensurePrivateDir } from './private-files';
import { backupCopyOf, mergedAuditLog, planRestore, type RestoreStep } from './restore-plan';
import type { StoreContext } from './store-state';

/** The files a restore would bring back: those the store found damaged. */
export function damagedFiles(ctx: StoreContext): string[] {
  return ctx.state.kind === 'damaged' ? ctx.state.damaged.map((d) => d.file) : [];
}

/**
 * Restores the damaged files (from `onlyFrom` when given, else each from the newest backup with
 * a good copy). Answers the steps taken; a file no backup can restore is left as it is (the
 * store reopens damaged and says so).
 */
export async function restoreDamagedFiles(
  ctx: StoreContext,
  onlyFrom?: string,
): Promise<RestoreStep[]> {
  const { dataDir } = ctx;
  if (
    onlyFrom !== undefined &&
    (!isBackupName(onlyFrom) || !(await listBackupNames(dataDir)).includes(onlyFrom))
  ) {
    return fail('NOT_FOUND', { entity: 'backup', id: onlyFrom });
  }
  const plan = await planRestore(dataDir, damagedFiles(ctx), ctx.migrations, ctx.codec, onlyFrom);
  const restorable = plan.filter((s) => s.backup !== null || s.file === AUDIT_FILE);
  if (plan.length > 0 && restorable.length === 0) {
    // Nothing is written: the store stays damaged, and the preview says which file lacks a copy.
    return onlyFrom === undefined
      ? fail('NO_GOOD_BACKUP', { restore: plan })
      : fail('BACKUP_DAMAGED', { backup: onlyFrom, restore: plan });
  }
  await ensurePrivateDir(dataDir);
  for (const step of restorable) {
    const target = join(dataDir, step.file);
    if (step.file === AUDIT_FILE) {
      await writeFileDurably(target, await mergedAuditLog(ctx.codec, dataDir, step.backup));
    } else if (step.backup !== null) {
      const copy = await backupCopyOf(dataDir, step.backup, step.file, ctx.migrations, ctx.codec);
      if (copy === undefined) throw new Error(`${step.file}: the backup's copy went bad`);
      await writeFileDurably(target, copy);
    }
  }
  if (restorable.length > 0) {
    const entry: AuditEntry = {
      at: ctx.now().toISOString(),
      actor: 'system',
      action: 'restoreBackup',
      entity: 'storage',
      facts: Object.fromEntries(restorable.map((s) => [s.file, s.backup])),
    };
    await appendAuditLines(ctx.codec, join(dataDir, AUDIT_FILE), [JSON.stringify(entry)]);
  }
  return restorable;
}
