import type { Repository } from '../storage/repository';
import type { readFolder } from '../storage/postgres/transfer';
import type { Changes, RecoveryKey, StorageStatus } from '../../shared/api/contract';
import type { Staff } from '../../shared/domain/staff';
import type { Sessions } from '../api/sessions';
import type { SecretCost } from './secrets';
import type { ConnectionSettings } from '../connection/connection-settings';

/** Who a record and an audit line name: a staff id and the name they had then. */
export interface Actor {
  id: string;
  name: string;
}

/** What every service function is given: its dependencies, so tests pass real ones on a temp folder. */
export interface ServiceContext {
  repo: Repository;
  /** The clock; services never call `new Date()` themselves. */
  now: () => Date;
  /**
   * Who is acting, recorded in the audit trail, on overrides and as the author of records: the
   * signed-in staff member (the dispatcher sets it from the session, never from the input).
   * Channels open without a session (sign-in, first run) act as `SIGNED_OUT`.
   */
  actor: Actor;
  /** The signed-in staff member, as stored when the call began; absent on channels open to anyone. */
  staff?: Staff;
  /** The session the call came with, when it has one (sign-out ends it). */
  sessionId?: string;
  sessions: Sessions;
  /** The cost new secrets are hashed with (tests lower it; see secrets.ts). */
  secretCost: SecretCost;
  storage: {
    status(): StorageStatus;
    restoreBackup(name?: string): Promise<StorageStatus>;
    /** What other PCs changed since `after` (main/storage/change-feed.ts). */
    changesSince(after: number | null): Changes;
    /** The recovery key made at this start, once; null after (main/storage/store.ts). */
    takeRecoveryKey(): RecoveryKey | null;
    /** Whether that key is there, not yet taken: storage.keyState tells the app to ask. */
    recoveryKeyWaiting(): boolean;
    /**
     * Everything in this PC's data folder, read through its key (the move to the facility's
     * server); NOT_SUPPORTED on a server.
     */
    readFolder(): ReturnType<typeof readFolder>;
    /** A new recovery key for the folder; the old one stops working. */
    newRecoveryKey(): Promise<RecoveryKey>;
  };
  /**
   * Printing through a window of the desktop shell; only the Electron shell provides it (the
   * browser host has no windows to print from, so its pages print with the browser).
   */
  printer?: Printer;
  /**
   * Where this copy of Tomari keeps the data, and whether that can be chosen here (main/
   * connection/connection-settings.ts); without it, the store shows as this PC's, fixed.
   */
  connection?: ConnectionSettings;
}

/** The actor of a call made without a session: a sign-in attempt, the first run. */
export const SIGNED_OUT: Actor = { id: 'signed-out', name: '' };
/** The actor of what the app does by itself (migrations at start). */
export const SYSTEM: Actor = { id: 'system', name: '' };

export interface Printer {
  /** Opens the app route in a preview window and then the system print dialog. */
  preview(route: string): Promise<void>;
  /** Renders the route to an A4 PDF at a path the user picks; null path when cancelled. */
  savePdf(route: string): Promise<{ path: string | null }>;
}
