/**
 * What a restore will do, before it is done: for each damaged file, the newest backup holding a
 * good copy of it, and how many recorded changes since that backup the restore gives up (counted
 * from the audit trail). Undamaged files are never touched, so their newer writes stay.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/domain/schemas';
import { checkAuditText } from './audit-log';
import { BACKUPS_DIR, listBackupNames } from './backups';
import { AUDIT_FILE, fiscalYearOfTrainingFile, kindOfDataFile } from './data-files';
import { decodeDataFile } from './decode-file';
import { readTextIfExists } from './durable-file';
import type { Migration } from './migrations';

export interface RestoreStep {
  /** The damaged file. */
  file: string;
  /** The backup its good copy comes from; null when no backup holds one. */
  backup: string | null;
  /**
   * For a data file, the changes to what it holds recorded in the audit trail since that backup
   * was made (they are lost); for the audit log, the damaged lines dropped (its good lines are all kept).
   */
  changesLost: number;
}

/** Which audit entities each data file holds. */
function entitiesOf(file: string): ReadonlySet<AuditEntry['entity']> {
  switch (kindOfDataFile(file)) {
    case 'master':
      return new Set(['settings', 'bed', 'bedBlock', 'person']);
    case 'stays':
      return new Set(['stay']);
    case 'training':
      return new Set(['training']);
    default:
      return new Set();
  }
}

/** True when the backup holds a copy of `file` that opens (decodes and validates). */
async function holdsGoodCopy(
  dataDir: string,
  backup: string,
  file: string,
  migrations: readonly Migration[],
): Promise<boolean> {
  const text = await readTextIfExists(join(dataDir, BACKUPS_DIR, backup, file));
  if (text === undefined) return false;
  if (file === AUDIT_FILE) return checkAuditText(text).badLines === 0;
  const kind = kindOfDataFile(file);
  if (!kind) return false;
  try {
    decodeDataFile(kind, text, migrations, fiscalYearOfTrainingFile(file));
    return true;
  } catch {
    return false;
  }
}

/**
 * Plans the restore of `files`. With `onlyFrom`, every file comes from that backup (or cannot be
 * restored); otherwise each comes from the newest backup with a good copy of it.
 */
export async function planRestore(
  dataDir: string,
  files: readonly string[],
  migrations: readonly Migration[],
  onlyFrom?: string,
): Promise<RestoreStep[]> {
  const names = onlyFrom === undefined ? await listBackupNames(dataDir) : [onlyFrom];
  const auditText = await readTextIfExists(join(dataDir, AUDIT_FILE)).catch(() => undefined);
  const audit = checkAuditText(auditText ?? '');
  const steps: RestoreStep[] = [];
  for (const file of new Set(files)) {
    let backup: string | null = null;
    for (const name of names) {
      if (await holdsGoodCopy(dataDir, name, file, migrations)) {
        backup = name;
        break;
      }
    }
    if (file === AUDIT_FILE) {
      steps.push({ file, backup, changesLost: audit.badLines });
      continue;
    }
    // The changes since the backup are the entries the backup's own copy of the trail lacks
    // (by line, not by time: a backup is stamped to the second, entries to the millisecond).
    const inBackup =
      backup === null
        ? new Set<string>()
        : new Set(
            checkAuditText(
              (await readTextIfExists(join(dataDir, BACKUPS_DIR, backup, AUDIT_FILE))) ?? '',
            ).goodLines,
          );
    const entities = entitiesOf(file);
    const changesLost =
      backup === null
        ? 0
        : audit.entries.filter(
            (e, i) => entities.has(e.entity) && !inBackup.has(audit.goodLines[i] ?? ''),
          ).length;
    steps.push({ file, backup, changesLost });
  }
  return steps;
}

/**
 * The audit log a restore writes: the backup's lines (when a backup has a good copy), then every
 * good line of the current file that the backup does not have, in order. Only the damaged lines
 * are dropped; they stay in the copy kept when the damage was found.
 */
export async function mergedAuditLog(dataDir: string, backup: string | null): Promise<string> {
  const current = checkAuditText((await readTextIfExists(join(dataDir, AUDIT_FILE))) ?? '');
  const fromBackup =
    backup === null
      ? []
      : checkAuditText(await readFile(join(dataDir, BACKUPS_DIR, backup, AUDIT_FILE), 'utf8'))
          .goodLines;
  const seen = new Set(fromBackup);
  const lines = [...fromBackup, ...current.goodLines.filter((line) => !seen.has(line))];
  return lines.map((line) => `${line}\n`).join('');
}
