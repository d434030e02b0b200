/**
 * Opening the embedded store on a data folder. The store opens even when a file is damaged, in
 * a state where every repository call fails with STORAGE_DAMAGED and `status()` says which file,
 * where its copy was kept, and which backup can be restored: the app can then show that
 * instead of refusing to start.
 */
import type { StorageStatus } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { checkBackup, listBackupNames, newestGoodBackup } from './backups';
import { keepDamaged, loadStore } from './load-store';
import { LowdbRepository } from './lowdb-repository';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { Repository } from './repository';
import { restoreBackupFiles } from './restore-backup';
import type { StoreContext } from './store-state';

export interface StoreOptions {
  dataDir: string;
  /** The clock, for backup ages and stamps; tests drive it. */
  now: () => Date;
  /** Only tests pass their own; the app uses the recorded `MIGRATIONS`. */
  migrations?: readonly Migration[];
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
  restoreBackup(name: string): Promise<StorageStatus>;
  close(): Promise<void>;
}

/** A queue of tasks run one at a time, each after the previous settled. */
function createExclusive(): StoreContext['exclusive'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const ctx: StoreContext = {
    dataDir: options.dataDir,
    now: options.now,
    migrations: options.migrations ?? MIGRATIONS,
    state: { kind: 'closed' },
    backups: [],
    newestBackup: null,
    exclusive: createExclusive(),
    async reportDamage(file, error) {
      const entry = await keepDamaged(ctx, file, error);
      const earlier = ctx.state.kind === 'damaged' ? ctx.state.damaged : [];
      ctx.state = { kind: 'damaged', damaged: [...earlier, entry] };
      ctx.newestBackup = await newestGoodBackup(ctx.dataDir, ctx.migrations);
      return fail('STORAGE_DAMAGED', `${file} is damaged (${entry.problem}); restore a backup`, {
        damaged: ctx.state.damaged,
      });
    },
  };
  await loadStore(ctx);

  const status = (): StorageStatus => ({
    ok: ctx.state.kind === 'ok',
    dataDir: ctx.dataDir,
    damaged: ctx.state.kind === 'damaged' ? structuredClone(ctx.state.damaged) : [],
    newestBackup: ctx.newestBackup,
    backups: [...ctx.backups],
  });

  return {
    repo: new LowdbRepository(ctx),
    status,
    async listBackups() {
      const names = await listBackupNames(ctx.dataDir);
      return Promise.all(
        names.map(async (name) => ({
          name,
          ...(await checkBackup(ctx.dataDir, name, ctx.migrations)),
        })),
      );
    },
    restoreBackup(name) {
      return ctx.exclusive(async () => {
        if (ctx.state.kind === 'closed') return fail('STORAGE_ERROR', 'the store is closed');
        await restoreBackupFiles(ctx, name);
        await loadStore(ctx);
        return status();
      });
    },
    close() {
      // Queued behind any change in flight, so closing never cuts a write short.
      return ctx.exclusive(async () => {
        ctx.state = { kind: 'closed' };
      });
    },
  };
}
