/**
 * Opening the embedded store on a data folder. The store opens even when a file is damaged, in
 * a state where every repository call fails with STORAGE_DAMAGED and `status()` says which file,
 * where its copy was kept, and which backup can be restored: the app can then show that
 * instead of refusing to start.
 */
import type { FileCodec } from './file-codec';
import type { RecoveryKey, StorageStatus } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { checkBackup, listBackupNames, newestGoodBackup } from './backups';
import type { KeyAccess } from './data-key';
import { openFolderKey } from './folder-key';
import { createAuditReader } from './audit-log';
import { checkDailyBackup, keepDamaged, loadStore } from './load-store';
import { LowdbRepository } from './lowdb-repository';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { Repository } from './repository';
import { lockDataFolder } from './folder-lock';
import { tightenFolder } from './private-files';
import { replaceRecoveryKey } from './recovery';
import { restoreDamagedFiles } from './restore-backup';
import { settleWrites } from './apply-changes';
import { openJournal } from './journal';
import { planRestore } from './restore-plan';
import { createSerialQueue } from './serial-queue';
import { logFailure } from '../log-failure';
import type { StoreContext } from './store-state';

export interface StoreOptions {
  dataDir: string;
  /** The clock, for backup ages and stamps; tests drive it. */
  now: () => Date;
  /** Only tests pass their own; the app uses the recorded `MIGRATIONS`. */
  migrations?: readonly Migration[];
  /** Where the folder's data key is kept, outside the folder (data-key.ts). */
  keys: KeyAccess;
}

export interface BackupInfo {
  name: string;
  good: boolean;
  problem?: string;
}

export interface Store {
  repo: Repository;
  status(): StorageStatus;
  /** Every backup, newest first, each checked by reading and validating its files. */
  listBackups(): Promise<BackupInfo[]>;
  /**
   * Restores the damaged files only, each from the newest backup with a good copy of it (or
   * all from `name` when given); the other files keep their newer writes.
   */
  restoreBackup(name?: string): Promise<StorageStatus>;
  /**
   * Settles once the work the store does in the background (checking the daily backup made at
   * open, then rolling old ones off; the last change's files put in place after it was
   * acknowledged) is done. Never rejects.
   */
  whenIdle(): Promise<void>;
  /**
   * Settles once every acknowledged change is in its files, trying once more one whose files
   * could not be put in place; while that still fails, rejects with its code (STORAGE_ERROR,
   * AUDIT_NOT_WRITTEN), as the next change would be refused.
   */
  whenWritten(): Promise<void>;
  /** Waits for the background work and any change in flight, then closes. */
  close(): Promise<void>;
  /**
   * The recovery key made at this start (a new folder, or a plain one just encrypted), once:
   * later calls answer null. It is never written anywhere in clear.
   */
  takeNewRecoveryKey(): RecoveryKey | null;
  /** Whether such a key is there, not yet taken (nothing is handed out by asking). */
  hasNewRecoveryKey(): boolean;
  /**
   * Wraps the data key under a new recovery key (in the folder's keyring and every backup's)
   * and answers it; the old one stops opening anything. No data file is rewritten.
   */
  newRecoveryKey(): Promise<RecoveryKey>;
  /** The folder's codec: what reads its files whole (the move to the facility's server). */
  codec: FileCodec;
}

/**
 * Opens the store on its folder, after taking the folder's lock: while another process holds it,
 * this rejects with DATA_FOLDER_LOCKED and nothing in the folder is touched.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  let lockLost = false;
  const lock = await lockDataFolder(options.dataDir, options.now, () => {
    console.error('[tomari] the data folder lock was taken over; writes are refused from now on');
    lockLost = true;
    ctx.state = { kind: 'lost' };
  });
  let folderKey;
  try {
    await tightenFolder(options.dataDir);
    // Before anything is read: every file opens with the key (a plain folder is encrypted here).
    folderKey = await openFolderKey(options.dataDir, options.keys, options.now);
  } catch (error) {
    await lock.release();
    throw error;
  }
  let newRecoveryKey: RecoveryKey | null = folderKey.newRecoveryKey
    ? { recoveryKey: folderKey.newRecoveryKey, madeAt: folderKey.keyring.recoveryMadeAt }
    : null;
  const ctx: StoreContext = {
    dataDir: options.dataDir,
    now: options.now,
    migrations: options.migrations ?? MIGRATIONS,
    codec: folderKey.codec,
    audit: createAuditReader(folderKey.codec, options.dataDir),
    journal: openJournal(folderKey.codec, options.dataDir),
    state: { kind: 'closed' },
    backups: [],
    newestBackup: null,
    restorePlan: [],
    exclusive: createSerialQueue(),
    async reportDamage(file, error) {
      const entry = await keepDamaged(ctx, file, error);
      const earlier = ctx.state.kind === 'damaged' ? ctx.state.damaged : [];
      ctx.state = { kind: 'damaged', damaged: [...earlier, entry] };
      ctx.newestBackup = await newestGoodBackup(ctx.dataDir, ctx.migrations, ctx.codec);
      ctx.restorePlan = await planRestore(
        ctx.dataDir,
        ctx.state.damaged.map((d) => d.file),
        ctx.migrations,
        ctx.codec,
      );
      return fail('STORAGE_DAMAGED', { damaged: ctx.state.damaged });
    },
  };
  let unchecked: string | undefined;
  try {
    unchecked = await loadStore(ctx);
  } catch (error) {
    await ctx.journal.close();
    await lock.release();
    throw error;
  }
  if (lockLost) ctx.state = { kind: 'lost' };

  // The daily backup's check runs after open returns: opening reads only master and stays.
  let background: Promise<void> = Promise.resolve();
  const checkInBackground = (backup: string | undefined): void => {
    if (backup === undefined) return;
    const previous = background;
    background = previous
      .then(() => checkDailyBackup(ctx, backup))
      // Not fatal: the data is fine, only the backup is unchecked.
      .catch((error: unknown) => logFailure('checking the daily backup', error));
  };
  checkInBackground(unchecked);

  const status = (): StorageStatus => ({
    ok: ctx.state.kind === 'ok',
    dataDir: ctx.dataDir,
    damaged: ctx.state.kind === 'damaged' ? structuredClone(ctx.state.damaged) : [],
    newestBackup: ctx.newestBackup,
    backups: [...ctx.backups],
    restore: ctx.state.kind === 'damaged' ? structuredClone(ctx.restorePlan) : [],
  });

  return {
    repo: new LowdbRepository(ctx),
    status,
    codec: ctx.codec,
    async listBackups() {
      const names = await listBackupNames(ctx.dataDir);
      return Promise.all(
        names.map(async (name) => ({
          name,
          ...(await checkBackup(ctx.dataDir, name, ctx.migrations, ctx.codec)),
        })),
      );
    },
    async restoreBackup(name) {
      // The backup being checked may be the one asked for, or be removed by the check.
      await background;
      return ctx.exclusive(async () => {
        if (ctx.state.kind === 'closed') {
          return fail('STORE_CLOSED');
        }
        if (ctx.state.kind === 'lost') return fail('DATA_FOLDER_LOCK_LOST');
        await restoreDamagedFiles(ctx, name);
        ctx.audit.reset();
        checkInBackground(await loadStore(ctx));
        return status();
      });
    },
    async whenIdle() {
      await background;
      // The last change's files, put in place after it was acknowledged (apply-changes.ts).
      await ctx.putting;
    },
    whenWritten: () => ctx.exclusive(() => settleWrites(ctx)),
    takeNewRecoveryKey() {
      const key = newRecoveryKey;
      newRecoveryKey = null;
      return key;
    },
    hasNewRecoveryKey: () => newRecoveryKey !== null,
    newRecoveryKey() {
      return ctx.exclusive(async () => {
        if (ctx.state.kind === 'closed') return fail('STORE_CLOSED');
        if (ctx.state.kind === 'lost') return fail('DATA_FOLDER_LOCK_LOST');
        // One shown now supersedes one made at start and not taken yet.
        newRecoveryKey = null;
        const recoveryKey = await replaceRecoveryKey(ctx.dataDir, options.keys, ctx.now);
        return { recoveryKey, madeAt: ctx.now().toISOString() };
      });
    },
    async close() {
      await background;
      // Queued behind any change in flight, so closing never cuts a write short.
      await ctx.exclusive(async () => {
        // The last change goes in place and the journal is emptied; one that cannot be stays in
        // the journal, and the next open applies it.
        await settleWrites(ctx).catch(() => undefined);
        ctx.state = { kind: 'closed' };
        await ctx.journal.close();
      });
      // A restore queued before the close may have started another check.
      await background;
      await lock.release();
    },
  };
}
