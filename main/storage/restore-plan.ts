/**
 * What a restore will do, before it is done: for each damaged file, the newest backup holding a
 * good copy of it (a year file is restored alone, see `backupCopyOf`), and how many recorded changes since that backup the restore gives up (counted
 * from the audit trail). Undamaged files are never touched, so their newer writes stay.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/domain/schemas';
import { checkAuditText } from './audit-log';
import { BACKUPS_DIR, listBackupNames } from './backups';
import {
  AUDIT_FILE,
  LEGACY_STAYS_FILE,
  kindOfDataFile,
  partitionOfFile,
  stayPartitionOf,
} from './data-files';
import { dataFileJson } from './data-file-json';
import { listDataFiles } from './data-folder';
import { decodeNamedDataFile } from './decode-file';
import { readTextIfExists } from './durable-file';
import type { Migration } from './migrations';
import { schemaVersionOf } from './migrations';

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

/**
 * The bytes a restore of `file` from `backup` writes, or undefined when the backup holds no good
 * copy. A data file is its copy in the backup, when that decodes. A year file the backup lacks
 * is derived: from the backup's one `stays.json` for a backup made before stays were split by
 * year, else empty (every year with records had its file when the backup was made).
 */
export async function backupCopyOf(
  dataDir: string,
  backup: string,
  file: string,
  migrations: readonly Migration[],
): Promise<string | Buffer | undefined> {
  const dir = join(dataDir, BACKUPS_DIR, backup);
  const text = await readTextIfExists(join(dir, file));
  if (file === AUDIT_FILE) {
    return text !== undefined && checkAuditText(text).badLines === 0 ? text : undefined;
  }
  const decode = (name: string, content: string) => {
    try {
      return decodeNamedDataFile(name, content, migrations);
    } catch {
      return undefined;
    }
  };
  if (text !== undefined) return decode(file, text) ? text : undefined;
  const partition = partitionOfFile(file);
  if (!partition) return undefined;
  const schemaVersion = schemaVersionOf(migrations);
  if (partition.kind === 'training') return dataFileJson({ schemaVersion, records: [] });
  const legacyText = await readTextIfExists(join(dir, LEGACY_STAYS_FILE));
  if (legacyText === undefined) return dataFileJson({ schemaVersion, stays: [] });
  const legacy = decode(LEGACY_STAYS_FILE, legacyText);
  if (!legacy || !('stays' in legacy.data)) return undefined;
  const stays = legacy.data.stays.filter((s) => stayPartitionOf(s) === partition.fiscalYear);
  return dataFileJson({ schemaVersion, stays });
}

/** The ids of the records in a data file's text (none when it does not decode). */
function idsIn(
  name: string,
  text: string | Buffer | undefined,
  migrations: readonly Migration[],
): string[] {
  if (text === undefined) return [];
  try {
    const { data } = decodeNamedDataFile(name, text.toString(), migrations);
    if ('stays' in data) return data.stays.map((s) => s.id);
    if ('records' in data) return data.records.map((r) => r.id);
  } catch {
    // a damaged file names nothing
  }
  return [];
}

/**
 * For a year file: whose entries count as lost with it. Those of the records in the backup's
 * copy, and of records in no other year of the same kind (made since the backup): a record that
 * lives in another, undamaged year keeps its changes.
 */
async function recordsOfYear(
  dataDir: string,
  file: string,
  copy: string | Buffer,
  migrations: readonly Migration[],
): Promise<(id: string | undefined) => boolean> {
  const partition = partitionOfFile(file);
  if (!partition) return () => true;
  const inCopy = new Set(idsIn(file, copy, migrations));
  const elsewhere = new Set<string>();
  for (const other of await listDataFiles(dataDir)) {
    if (other === file || partitionOfFile(other)?.kind !== partition.kind) continue;
    const text = await readTextIfExists(join(dataDir, other)).catch(() => undefined);
    for (const id of idsIn(other, text, migrations)) elsewhere.add(id);
  }
  return (id) => id === undefined || inCopy.has(id) || !elsewhere.has(id);
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
    let copy: string | Buffer | undefined;
    for (const name of names) {
      copy = await backupCopyOf(dataDir, name, file, migrations);
      if (copy !== undefined) {
        backup = name;
        break;
      }
    }
    if (file === AUDIT_FILE) {
      steps.push({ file, backup, changesLost: audit.badLines });
      continue;
    }
    if (backup === null || copy === undefined) {
      steps.push({ file, backup, changesLost: 0 });
      continue;
    }
    // The changes since the backup are the entries the backup's own copy of the trail lacks
    // (by line, not by time: a backup is stamped to the second, entries to the millisecond).
    const inBackup = new Set(
      checkAuditText((await readTextIfExists(join(dataDir, BACKUPS_DIR, backup, AUDIT_FILE))) ?? '')
        .goodLines,
    );
    const entities = entitiesOf(file);
    const ofThisFile = await recordsOfYear(dataDir, file, copy, migrations);
    const changesLost = audit.entries.filter(
      (e, i) =>
        entities.has(e.entity) && ofThisFile(e.entityId) && !inBackup.has(audit.goodLines[i] ?? ''),
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
