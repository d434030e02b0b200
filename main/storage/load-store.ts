/**
 * Opening a data folder: read and check the master and stays files, make the daily (or
 * pre-migration) backup, write migrated files back, and settle on a healthy or damaged state.
 */
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/domain/schemas';
import {
  createBackup,
  isDailyBackupDue,
  listBackupNames,
  newestGoodBackup,
  pruneBackups,
} from './backups';
import { keepDamagedCopy } from './damaged-copy';
import {
  AUDIT_FILE,
  MASTER_FILE,
  STAYS_FILE,
  fiscalYearOfTrainingFile,
  trainingFileName,
} from './data-files';
import { listDataFiles, removeTempLeftovers } from './data-folder';
import { StoredFileError } from './decode-file';
import type { DecodedFiles } from './decode-file';
import { appendLine } from './durable-file';
import { schemaVersionOf } from './migrations';
import { openDataFile } from './open-data-file';
import type { OpenedFile } from './open-data-file';
import type { DamagedFile, StoreContext } from './store-state';
import { createTrainingPartitions } from './training-partitions';

/** Keeps a copy of a file that cannot be used; errors other than damage (EACCES…) propagate. */
export async function keepDamaged(
  ctx: StoreContext,
  file: string,
  error: unknown,
): Promise<DamagedFile> {
  if (!(error instanceof StoredFileError)) throw error;
  const label = error.problem === 'newer-version' ? 'newer' : 'corrupt';
  const keptAs = await keepDamagedCopy(ctx.dataDir, file, label, ctx.now());
  return { file, keptAs, problem: error.problem };
}

export async function loadStore(ctx: StoreContext): Promise<void> {
  const { dataDir, migrations } = ctx;
  const version = schemaVersionOf(migrations);
  const damaged: DamagedFile[] = [];
  const tryOpen = async <K extends 'master' | 'stays'>(file: string, kind: K) => {
    try {
      return await openDataFile(dataDir, file, kind, migrations);
    } catch (error) {
      damaged.push(await keepDamaged(ctx, file, error));
      return undefined;
    }
  };

  await removeTempLeftovers(dataDir);
  const master = await tryOpen(MASTER_FILE, 'master');
  const stays = await tryOpen(STAYS_FILE, 'stays');
  const years = (await listDataFiles(dataDir))
    .map(fiscalYearOfTrainingFile)
    .filter((fy): fy is number => fy !== undefined);
  ctx.backups = await listBackupNames(dataDir);

  const migrating =
    master !== undefined &&
    stays !== undefined &&
    (master.fromVersion < version || stays.fromVersion < version);
  const backupDue = isDailyBackupDue(ctx.backups[0], ctx.now());

  // Training files are normally read lazily; before a backup they are all checked, so that a
  // backup only ever holds data that opens and rolling can never push out the last good one.
  const migratedYears: OpenedFile<DecodedFiles['training']>[] = [];
  if (damaged.length === 0 && (migrating || backupDue)) {
    for (const fy of years) {
      try {
        const opened = await openDataFile(dataDir, trainingFileName(fy), 'training', migrations);
        if (opened.fromVersion < version) migratedYears.push(opened);
      } catch (error) {
        damaged.push(await keepDamaged(ctx, trainingFileName(fy), error));
      }
    }
  }

  if (damaged.length > 0 || master === undefined || stays === undefined) {
    ctx.state = { kind: 'damaged', damaged };
    ctx.newestBackup = await newestGoodBackup(dataDir, migrations);
    return;
  }

  if (migrating || backupDue) {
    await createBackup(dataDir, ctx.now());
    await pruneBackups(dataDir);
    ctx.backups = await listBackupNames(dataDir);
  }
  if (migrating) {
    // Master last: a current master means every other file was already written back, so an
    // interrupted migration is simply run again on the next start.
    for (const opened of migratedYears) await opened.low.write();
    if (stays.existed && stays.fromVersion < version) await stays.low.write();
    if (master.existed && master.fromVersion < version) await master.low.write();
    const entry: AuditEntry = {
      at: ctx.now().toISOString(),
      actor: 'system',
      action: 'migrate',
      entity: 'storage',
      facts: { from: Math.min(master.fromVersion, stays.fromVersion), to: version },
    };
    await appendLine(join(dataDir, AUDIT_FILE), JSON.stringify(entry));
  }

  const training = createTrainingPartitions(dataDir, migrations, years, ctx.reportDamage);
  ctx.state = { kind: 'ok', data: { master: master.low, stays: stays.low, training } };
  // Backups are made only from data that was just checked, so the newest one is a good one.
  ctx.newestBackup = ctx.backups[0] ?? null;
}
