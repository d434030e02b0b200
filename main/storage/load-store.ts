/**
 * Opening a data folder: read and check every data file (the stays of every year are kept in
 * memory, training years are read again when needed), make the pre-migration backup and migrate
 * (write migrated files back, split an old `stays.json` by year), replay the journal, make the
 * daily backup, and settle on a healthy or damaged state.
 *
 * A pre-migration backup is checked before it is made (every training year is read anyway to be
 * migrated). The daily backup is only copied here, which is quick; checking its training years
 * (reading and validating ten years of records) is left to `checkDailyBackup`, which the store
 * runs in the background once it has opened.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToCalls } from 'node:timers/promises';
import type { AuditEntry } from '../../shared/domain/schemas';
import {
  BACKUPS_DIR,
  createBackup,
  isDailyBackupDue,
  listBackupNames,
  newestGoodBackup,
  pruneBackups,
} from './backups';
import { keepDamagedCopy } from './damaged-copy';
import {
  AUDIT_FILE,
  LEGACY_STAYS_FILE,
  MASTER_FILE,
  fiscalYearOfTrainingFile,
  partitionOfFile,
  staysFileName,
  trainingFileName,
} from './data-files';
import type { StaysFile } from './data-files';
import { listDataFiles, removeTempLeftovers } from './data-folder';
import { decodeDataFile, StoredFileError } from './decode-file';
import type { DecodedFiles } from './decode-file';
import { readTextIfExists } from './durable-file';
import { appendAuditLines } from './file-codec';
import { checkAuditText } from './audit-log';
import { ensurePrivateDir } from './private-files';
import { planRestore } from './restore-plan';
import { replayJournal } from './replay-journal';
import { schemaVersionOf } from './migrations';
import { openDataFile } from './open-data-file';
import type { OpenedFile } from './open-data-file';
import type { DamagedFile, StoreContext } from './store-state';
import { StayPartitions } from './stay-partitions';
import { removeLegacyStays, splitLegacyStays } from './stays-migration';
import { createTrainingPartitions } from './training-partitions';

/** Keeps a copy of a file that cannot be used; errors other than damage (EACCES…) propagate. */
export async function keepDamaged(
  ctx: StoreContext,
  file: string,
  error: unknown,
): Promise<DamagedFile> {
  if (!(error instanceof StoredFileError)) throw error;
  const label = error.problem === 'newer-version' ? 'newer' : 'corrupt';
  const keptAs = await keepDamagedCopy(ctx.codec, ctx.dataDir, file, label, ctx.now());
  return { file, keptAs, problem: error.problem };
}

/**
 * Loads the data folder into `ctx.state`. Returns the name of a daily backup made here whose
 * training files still need checking, if one was made.
 */
export async function loadStore(ctx: StoreContext): Promise<string | undefined> {
  const { dataDir, migrations, codec } = ctx;
  const version = schemaVersionOf(migrations);
  const damaged: DamagedFile[] = [];
  const tryOpen = async <K extends 'master' | 'stays'>(file: string, kind: K) => {
    try {
      return await openDataFile(dataDir, file, kind, migrations, codec);
    } catch (error) {
      damaged.push(await keepDamaged(ctx, file, error));
      return undefined;
    }
  };

  // A restore reloads from disk: a change still being put in place finishes first, and one that
  // could not be is in the journal, replayed below.
  await ctx.putting;
  ctx.putting = undefined;
  ctx.unwritten = undefined;
  await removeTempLeftovers(dataDir);
  const names = await listDataFiles(dataDir);
  const yearsOf = (kind: 'stays' | 'training') =>
    names
      .map(partitionOfFile)
      .filter((p) => p?.kind === kind)
      .map((p) => p!.fiscalYear);
  const master = await tryOpen(MASTER_FILE, 'master');
  // A folder from before stays were split by year: while `stays.json` exists it holds the stays
  // (a split cut off by a crash is simply done again), so the year files are not read.
  const legacy = names.includes(LEGACY_STAYS_FILE)
    ? await tryOpen(LEGACY_STAYS_FILE, 'stays')
    : undefined;
  const stayYears = new Map<number, OpenedFile<StaysFile>>();
  if (!names.includes(LEGACY_STAYS_FILE)) {
    for (const fy of yearsOf('stays')) {
      const opened = await tryOpen(staysFileName(fy), 'stays');
      if (opened) stayYears.set(fy, opened);
    }
  }
  ctx.backups = await listBackupNames(dataDir);

  const splitting = legacy !== undefined;
  const migrating =
    master !== undefined &&
    (splitting ||
      master.fromVersion < version ||
      [...stayYears.values()].some((y) => y.fromVersion < version));
  // The first start's backup holds empty files: it does not count as the day's backup once
  // something has been recorded, so the first day's work is backed up at the next start.
  const newest = ctx.backups[0];
  const onlyEmptyBackup =
    newest !== undefined &&
    (await readTextIfExists(join(dataDir, BACKUPS_DIR, newest, AUDIT_FILE))) === undefined &&
    (await readTextIfExists(join(dataDir, AUDIT_FILE))) !== undefined;
  const backupDue = onlyEmptyBackup || isDailyBackupDue(newest, ctx.now());

  // Every training year is read and checked now, so a damaged year is found before any write is
  // accepted (and before the day's backup copies it); records are then loaded lazily, a year
  // when a question needs it. Before a migration the years read are kept to be written back.
  const trainingYears = yearsOf('training');
  const migratedYears: OpenedFile<DecodedFiles['training']>[] = [];
  for (const fy of trainingYears) {
    try {
      const name = trainingFileName(fy);
      const opened = await openDataFile(dataDir, name, 'training', migrations, codec);
      if (migrating && opened.fromVersion < version) migratedYears.push(opened);
    } catch (error) {
      damaged.push(await keepDamaged(ctx, trainingFileName(fy), error));
    }
  }
  // The audit trail is read whole too: a damaged line is reported like a damaged file (lines
  // torn by a crash in mid-append are not damage: they name changes that were never made).
  const audit = checkAuditText(codec, (await readTextIfExists(join(dataDir, AUDIT_FILE))) ?? '');
  if (audit.badLines > 0) {
    const problem = new StoredFileError('invalid', `${audit.badLines} damaged lines`);
    damaged.push(await keepDamaged(ctx, AUDIT_FILE, problem));
  }

  if (damaged.length > 0 || master === undefined) {
    ctx.state = { kind: 'damaged', damaged };
    ctx.newestBackup = await newestGoodBackup(dataDir, migrations, codec);
    ctx.restorePlan = await planRestore(
      dataDir,
      damaged.map((d) => d.file),
      migrations,
      codec,
    );
    return undefined;
  }
  ctx.restorePlan = [];

  // A new installation gets its (empty) master file and, below, its first backup at its first
  // start, so that there is always a backup to restore from.
  if (!master.existed && !splitting && stayYears.size === 0) {
    await ensurePrivateDir(dataDir);
    await master.low.write();
  }

  if (migrating) {
    await createBackup(dataDir, ctx.now());
    await pruneBackups(dataDir);
    ctx.backups = await listBackupNames(dataDir);
  }
  let years = new Map([...stayYears].map(([fy, opened]) => [fy, opened.low] as const));
  if (migrating) {
    const from = Math.min(
      master.fromVersion,
      legacy?.fromVersion ?? version,
      ...[...stayYears.values()].map((y) => y.fromVersion),
    );
    const entry: AuditEntry = {
      at: ctx.now().toISOString(),
      actor: 'system',
      action: 'migrate',
      entity: 'storage',
      facts: { from, to: version, ...(splitting ? { staysSplitByYear: true } : {}) },
    };
    await appendAuditLines(codec, join(dataDir, AUDIT_FILE), [JSON.stringify(entry)]);
    // Master last but for the old stays file: a current master and no `stays.json` mean every
    // other file was already written back, so an interrupted migration is simply run again.
    if (splitting) years = await splitLegacyStays(dataDir, migrations, codec, legacy.low.data);
    for (const opened of migratedYears) await opened.low.write();
    for (const opened of stayYears.values()) {
      if (opened.fromVersion < version) await opened.low.write();
    }
    if (master.existed && master.fromVersion < version) await master.low.write();
    if (splitting) {
      if (!master.existed) await master.low.write();
      await removeLegacyStays(dataDir);
      // A backup in the new layout at once, so that a damaged year can be restored alone.
      await createBackup(dataDir, ctx.now());
      await pruneBackups(dataDir);
      ctx.backups = await listBackupNames(dataDir);
    }
  }

  const stays = new StayPartitions(years);
  // A move between years cut off by a crash left a stale copy in the old year: remove it now.
  await stays.repair(stays.staleAtOpen);
  const training = createTrainingPartitions(
    dataDir,
    migrations,
    trainingYears,
    ctx.reportDamage,
    codec,
  );
  ctx.state = { kind: 'ok', data: { master: master.low, stays, training } };
  // What a crash left in the journal: acknowledged changes, applied again before any new one.
  const replay = await replayJournal(ctx, audit.entries);
  if (replay.replayed + replay.skipped + replay.torn + replay.unusable > 0) {
    console.error(
      `[tomari] journal at open: applied again ${replay.replayed}, skipped as failed ` +
        `${replay.skipped}, lines cut off ${replay.torn}, lines unusable ${replay.unusable}` +
        (replay.keptAs ? ` (kept as ${replay.keptAs})` : ''),
    );
  }
  // The day's backup is copied once the journal is replayed, so that it holds every change
  // acknowledged before it (the journal is not part of a backup), and before anything else can
  // change the files; it is pruned only once checked, so rolling can never push out the last good
  // backup for one that does not open.
  let unchecked: string | undefined;
  if (!migrating && backupDue && ctx.state.kind === 'ok') {
    unchecked = await createBackup(dataDir, ctx.now());
    ctx.backups = await listBackupNames(dataDir);
  }
  // Backups are made only from data that was checked (or, for a daily one, is being checked and
  // is removed if it does not open), so the newest one is a good one.
  ctx.newestBackup = ctx.backups[0] ?? null;
  return unchecked;
}

/**
 * Checks the training files of a daily backup just made, one year at a time so that calls are
 * answered in between. A good backup lets the oldest ones roll off. A backup holding a year that
 * does not open is removed, and that year of the data folder is read, so that its damage is
 * reported the way any damage found after opening is (the store switches to damaged).
 */
export async function checkDailyBackup(ctx: StoreContext, name: string): Promise<void> {
  const { dataDir, migrations, codec } = ctx;
  const dir = join(dataDir, BACKUPS_DIR, name);
  let damagedYear: number | undefined;
  for (const file of await listDataFiles(dir)) {
    const fy = fiscalYearOfTrainingFile(file);
    if (fy === undefined) continue; // master and stays were checked when they were loaded
    await yieldToCalls();
    try {
      const text = codec.decode(file, await readFile(join(dir, file))).toString('utf8');
      decodeDataFile('training', text, migrations, fy);
    } catch (error) {
      if (!(error instanceof StoredFileError)) throw error;
      damagedYear = fy;
      break;
    }
  }
  if (damagedYear === undefined) {
    await pruneBackups(dataDir);
    ctx.backups = await listBackupNames(dataDir);
    return;
  }

  await rm(dir, { recursive: true, force: true });
  ctx.backups = await listBackupNames(dataDir);
  const year = damagedYear;
  await ctx.exclusive(async () => {
    if (ctx.state.kind !== 'ok') return;
    ctx.newestBackup = ctx.backups[0] ?? null;
    // A damaged year reports itself (keeps a copy, switches the store to damaged) when loaded.
    await ctx.state.data.training.load(year).catch(() => undefined);
  });
}
