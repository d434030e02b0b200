/**
 * Opens a data folder and gives back the dispatcher over it. The Electron shell and the browser
 * host both start Tomari through here, so they run the same services on the same files.
 */
import { fail, ServiceError } from '../shared/api/errors';
import { logFailure } from './log-failure';
import { createDispatcher, type Dispatch, type RuntimeContext } from './api/dispatcher';
import { createSessions } from './api/sessions';
import type { Printer, ServiceContext } from './services/context';
import { SECRET_COST, type SecretCost } from './services/secrets';
import type { DataKind } from '../shared/api/contract';
import { finishErasures } from './services/retention';
import { createChangeFeed } from './storage/change-feed';
import { openPgStore } from './storage/postgres/pg-store';
import type { KeyAccess } from './storage/data-key';
import { readFolder } from './storage/postgres/transfer';
import { openStore, type Store } from './storage/store';
import { fixedConnection, type ConnectionSettings } from './connection/connection-settings';

export interface TomariOptions {
  /** The embedded store's folder; with `database` it holds no facility data. */
  dataDir: string;
  /**
   * The facility's PostgreSQL database (docs/postgres.md) instead of the embedded folder.
   * `schema` only in tests.
   */
  database?: { url: string; schema?: string };
  /**
   * Where the embedded folder's data key is kept, outside the folder (main/storage/data-key.ts):
   * the embedded store does not open without it; unused with `database`.
   */
  keys?: KeyAccess;
  /**
   * The desktop app's store choice (its configuration file); without it, the store this
   * process was started with is shown and cannot be changed (the browser host, tests).
   */
  connection?: ConnectionSettings;
  now?: () => Date;
  /** Given by the Electron shell only: printing from a window of its own. */
  printer?: Printer;
  /**
   * Only tests lower it (hashing at the real cost for every test sign-in would take minutes);
   * the app always uses SECRET_COST.
   */
  secretCost?: SecretCost;
}

export interface TomariRuntime {
  dispatch: Dispatch;
  /**
   * Calls `listener` with the data kinds another PC changed in the shared database, so open
   * screens refresh (never called on the embedded store, which one process owns).
   */
  onDataChanged(listener: (kinds: readonly DataKind[]) => void): () => void;
  /**
   * Settles once the store's background work is done: on the embedded store, the last change's
   * files put in place after it was acknowledged (its journal line flushed, docs/storage.md).
   * What reads the folder's files itself (a test, the bench) waits for this first.
   */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a person is told when Tomari cannot start on its data folder: the store's own Japanese
 * sentence when it refused (another process holds the folder, and which), else a general one
 * with the system's reason. The desktop app's dialog and the browser host's console say the same.
 */
export function startupFailureText(error: unknown): string {
  // By shape, not instanceof: the error may come from another copy of the module (a bundle).
  const answer = (error as Partial<ServiceError> | null)?.error;
  if (typeof answer?.code === 'string' && typeof answer.message === 'string') return answer.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `データフォルダを開けませんでした（${reason}）。`;
}

/** What the storage services are given of an open embedded store. */
export function storageOf(store: Store): ServiceContext['storage'] {
  // Nothing is ever recorded: one process owns the folder.
  const feed = createChangeFeed();
  return {
    status: () => store.status(),
    restoreBackup: (name) => store.restoreBackup(name),
    changesSince: (after) => feed.since(after, 'none'),
    takeRecoveryKey: () => store.takeNewRecoveryKey(),
    recoveryKeyWaiting: () => store.hasNewRecoveryKey(),
    newRecoveryKey: () => store.newRecoveryKey(),
    // Once every change is in its files (they follow its answer, docs/storage.md); one that
    // cannot be put in place refuses the read with the store's own code, as it refuses changes.
    // The daily backup's check, still running after an open, touches no data file: not waited.
    readFolder: async () => {
      await store.whenWritten().catch((error: unknown) => {
        // Its own words: a change is not refused here, the move is.
        if (error instanceof ServiceError) {
          fail(error.error.code, { reason: error.error.reason, variant: 'pending' });
        }
        throw error;
      });
      return readFolder(store.status().dataDir, store.codec);
    },
  };
}

export async function startTomari(options: TomariOptions): Promise<TomariRuntime> {
  const now = options.now ?? (() => new Date());
  if (options.database) {
    const store = await openPgStore(options.database);
    const feed = createChangeFeed();
    store.onChange((kinds) => feed.record(kinds));
    const ctx: RuntimeContext = {
      repo: store.repo,
      now,
      // Sessions live as long as this process: a restart signs this PC's staff out.
      sessions: createSessions(now),
      secretCost: options.secretCost ?? SECRET_COST,
      storage: {
        // No data folder to be damaged: the server's reach is told by changes.since.
        status: () => ({
          ok: true,
          dataDir: '',
          damaged: [],
          newestBackup: null,
          backups: [],
          restore: [],
        }),
        // The server's own backups (pg_dump) are the facility's; see docs/postgres.md.
        restoreBackup: () => fail('NOT_SUPPORTED'),
        changesSince: (after) =>
          feed.since(after, store.status().connected ? 'connected' : 'unavailable'),
        // The database is not a data folder: no folder key, so no recovery key (the server's
        // own encryption and access control apply, docs/postgres.md).
        takeRecoveryKey: () => null,
        recoveryKeyWaiting: () => false,
        newRecoveryKey: () => fail('NOT_SUPPORTED'),
        readFolder: () => fail('NOT_SUPPORTED'),
      },
      ...(options.printer ? { printer: options.printer } : {}),
      connection: options.connection ?? fixedConnection(options.database.url),
    };
    return {
      dispatch: createDispatcher(ctx, logFailure),
      onDataChanged: (listener) => store.onChange(listener),
      // A change is in the database when its transaction commits: nothing follows it.
      whenIdle: () => Promise.resolve(),
      close: () => store.close(),
    };
  }
  if (!options.keys) throw new Error('the embedded store needs its data key access (keys)');
  const store = await openStore({ dataDir: options.dataDir, keys: options.keys, now });
  // An erase cut off by a crash is carried through before anyone reads (docs/retention.md).
  if (store.status().ok) {
    await finishErasures(store.repo, now).catch((error: unknown) => {
      logFailure('finishing an erase', error);
    });
  }
  const ctx: RuntimeContext = {
    repo: store.repo,
    now,
    // Sessions live as long as this process: a restart signs everybody out.
    sessions: createSessions(now),
    secretCost: options.secretCost ?? SECRET_COST,
    storage: storageOf(store),
    ...(options.printer ? { printer: options.printer } : {}),
    connection: options.connection ?? fixedConnection(undefined),
  };
  return {
    dispatch: createDispatcher(ctx, logFailure),
    onDataChanged: () => () => {},
    whenIdle: () => store.whenIdle(),
    close: () => store.close(),
  };
}
