/**
 * Restoring a backup: the data files become exactly the backup's. Nothing is lost on the way:
 * damaged files already have their kept copies, and any other current file the restore would
 * replace or remove is first set aside as `<name>.before-restore-<stamp>`. The audit log is not
 * rolled back (it is append-only); the restore itself is recorded in it.
 */
import { copyFile, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import type { AuditEntry } from '../../shared/domain/schemas';
import { BACKUPS_DIR, checkBackup, isBackupName, listBackupNames } from './backups';
import { AUDIT_FILE } from './data-files';
import { listDataFiles } from './data-folder';
import { appendLine, syncDirectory, syncFile, writeFileDurably } from './durable-file';
import type { StoreContext } from './store-state';
import { ensurePrivateDir, makePrivate } from './private-files';
import { formatStamp } from './timestamps';

export async function restoreBackupFiles(ctx: StoreContext, name: string): Promise<void> {
  const { dataDir } = ctx;
  if (!isBackupName(name) || !(await listBackupNames(dataDir)).includes(name)) {
    return fail('NOT_FOUND', { entity: 'backup', id: name });
  }
  const check = await checkBackup(dataDir, name, ctx.migrations);
  if (!check.good) {
    return fail('BACKUP_DAMAGED', { backup: name, problem: check.problem });
  }

  const backupDir = join(dataDir, BACKUPS_DIR, name);
  const fromBackup = await listDataFiles(backupDir);
  const current = await listDataFiles(dataDir);
  const alreadyKept = new Set(
    ctx.state.kind === 'damaged' ? ctx.state.damaged.map((d) => d.file) : [],
  );
  const stamp = formatStamp(ctx.now());
  await ensurePrivateDir(dataDir);

  for (const file of current) {
    const aside = join(dataDir, `${file}.before-restore-${stamp}`);
    if (!fromBackup.includes(file)) {
      // Not in the backup: the restored data must not see it, but it is kept.
      await rename(join(dataDir, file), aside);
      continue;
    }
    if (alreadyKept.has(file)) continue;
    const [now, then] = await Promise.all([
      readFile(join(dataDir, file)),
      readFile(join(backupDir, file)),
    ]);
    if (!now.equals(then)) {
      await copyFile(join(dataDir, file), aside);
      await makePrivate(aside);
      await syncFile(aside);
    }
  }
  await syncDirectory(dataDir);

  for (const file of fromBackup) {
    await writeFileDurably(join(dataDir, file), await readFile(join(backupDir, file)));
  }

  const entry: AuditEntry = {
    at: ctx.now().toISOString(),
    actor: 'system',
    action: 'restoreBackup',
    entity: 'storage',
    facts: { backup: name },
  };
  await appendLine(join(dataDir, AUDIT_FILE), JSON.stringify(entry));
}
