/**
 * What a restore will do, before it is done: for each damaged file, the newest backup holding a
 * good copy of it (a year file is restored alone, see `backupCopyOf`), and how many recorded changes since that backup the restore gives up (counted
 * from the audit trail). Undamaged files are never touched, so their newer writes stay.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/domain/schemas';
import { checkAuditText, storedLinesOf } from './audit-log';
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
import { readBytesIfExists, readTextIfExists } from './durable-file';
import type { FileCodec } from './file-codec';
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

/** A data file's stored bytes, opened and decoded; undefined when they do not. */
function decodeStored(
  codec: FileCodec,
  name: string,
  bytes: Buffer | undefined,
  migrations: readonly Migration[],
) {
  if (bytes === undefined) return undefined;
  try {
    return decodeNamedDataFile(name, codec.decode(name, bytes).toString('utf8'), migrations);
  } catch {
    return undefined;
  }
}

/**
 * The stored (sealed) bytes a restore of `file` from `backup` writes, or undefined when the
 * backup holds no good copy. A data file is its copy in the backup, when that opens and decodes.
 * A year file the backup lacks is derived: from the backup's one `stays.json` for a backup made
 * before stays were split by year, else empty (every year with records had its file when the
 * backup was made), and sealed under its own name.
 */
export async function backupCopyOf(
  dataDir: string,
  backup: string,
  file: string,
  migrations: readonly Migration[],
  codec: FileCodec,
): Promise<Buffer | undefined> {
  const dir = join(dataDir, BACKUPS_DIR, backup);
  const bytes = await readBytesIfExists(join(dir, file));
  if (file === AUDIT_FILE) {
    const good =
      bytes !== undefined && checkAuditText(codec, bytes.toString('utf8')).badLines === 0;
    return good ? bytes : undefined;
  }
  if (bytes !== undefined) return decodeStored(codec, file, bytes, migrations) ? bytes : undefined;
  const partition = partitionOfFile(file);
  if (!partition) return undefined;
  const schemaVersion = schemaVersionOf(migrations);
  const sealed = (data: unknown) => codec.encode(file, dataFileJson(data));
  if (partition.kind === 'training') return sealed({ schemaVersion, records: [] });
  const legacyBytes = await readBytesIfExists(join(dir, LEGACY_STAYS_FILE));
  if (legacyBytes === undefined) return sealed({ schemaVersion, stays: [] });
  const legacy = decodeStored(codec, LEGACY_STAYS_FILE, legacyBytes, migrations);
  if (!legacy || !('stays' in legacy.data)) return undefined;
  const stays = legacy.data.stays.filter((s) => stayPartitionOf(s) === partition.fiscalYear);
  return sealed({ schemaVersion, stays });
}

/** The ids of the records in a data file's stored bytes (none when they do not open). */
function idsIn(
  codec: FileCodec,
  name: string,
  bytes: Buffer | undefined,
  migrations: readonly Migration[],
): string[] {
  const decoded = decodeStored(codec, name, bytes, migrations);
  if (decoded === undefined) return [];
  const { data } = decoded;
  if ('stays' in data) return data.stays.map((s) => s.id);
  if ('records' in data) return data.records.map((r) => r.id);
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
  copy: Buffer,
  migrations: readonly Migration[],
  codec: FileCodec,
): Promise<(id: string | undefined) => boolean> {
  const partition = partitionOfFile(file);
  if (!partition) return () => true;
  const inCopy = new Set(idsIn(codec, file, copy, migrations));
  const elsewhere = new Set<string>();
  for (const other of await listDataFiles(dataDir)) {
    if (other === file || partitionOfFile(other)?.kind !== partition.kind) continue;
    const bytes = await readBytesIfExists(join(dataDir, other)).catch(() => undefined);
    for (const id of idsIn(codec, other, bytes, migrations)) elsewhere.add(id);
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
  codec: FileCodec,
  onlyFrom?: string,
): Promise<RestoreStep[]> {
  const names = onlyFrom === undefined ? await listBackupNames(dataDir) : [onlyFrom];
  const auditText = await readTextIfExists(join(dataDir, AUDIT_FILE)).catch(() => undefined);
  const audit = checkAuditText(codec, auditText ?? '');
  const steps: RestoreStep[] = [];
  for (const file of new Set(files)) {
    let backup: string | null = null;
    let copy: Buffer | undefined;
    for (const name of names) {
      copy = await backupCopyOf(dataDir, name, file, migrations, codec);
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
      checkAuditText(
        codec,
        (await readTextIfExists(join(dataDir, BACKUPS_DIR, backup, AUDIT_FILE))) ?? '',
      ).goodLines,
    );
    const entities = entitiesOf(file);
    const ofThisFile = await recordsOfYear(dataDir, file, copy, migrations, codec);
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
export async function mergedAuditLog(
  codec: FileCodec,
  dataDir: string,
  backup: string | null,
): Promise<string> {
  const current = checkAuditText(codec, (await readTextIfExists(join(dataDir, AUDIT_FILE))) ?? '');
  const fromBackup =
    backup === null
      ? []
      : storedLinesOf(
          checkAuditText(
            codec,
            await readFile(join(dataDir, BACKUPS_DIR, backup, AUDIT_FILE), 'utf8'),
          ),
        );
  const seen = new Set(fromBackup);
  const lines = [...fromBackup, ...storedLinesOf(current).filter((line) => !seen.has(line))];
  return lines.map((line) => `${line}\n`).join('');
}
