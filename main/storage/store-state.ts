/**
 * The mutable state one open store shares between its repository and its maintenance
 * operations (restore, close). Swapping `state` in place lets a restore reopen the data while
 * callers keep the same repository object.
 */
import type { DataDoc } from './open-data-file';
import type { StorageStatus } from '../../shared/api/contract';
import type { MasterFile } from './data-files';
import type { FileCodec } from './file-codec';
import type { AuditReader } from './audit-log';
import type { Journal } from './journal';
import type { Migration } from './migrations';
import type { PendingWrite } from './plan-stays';
import type { ErrorCode } from '../../shared/api/errors';
import type { RestoreStep } from './restore-plan';
import type { StayPartitions } from './stay-partitions';
import type { TrainingPartitions } from './training-partitions';

export type DamagedFile = StorageStatus['damaged'][number];

export interface LoadedData {
  master: DataDoc<MasterFile>;
  stays: StayPartitions;
  training: TrainingPartitions;
}

export type StoreState =
  | { kind: 'ok'; data: LoadedData }
  | { kind: 'damaged'; damaged: DamagedFile[] }
  | { kind: 'closed' }
  /** Another process took the folder's lock over (see folder-lock.ts): nothing may be written. */
  | { kind: 'lost' };

/** An acknowledged change (its line is in the journal) whose files or entries are not in place yet. */
export interface Unplaced {
  /** Its audit entries, as the trail's lines, still to append. */
  audit: string[];
  /** Its files still to put in place, in order. */
  writes: PendingWrite[];
}

/** What a failed put-in-place left (apply-changes.ts), and the code changes are refused with. */
export interface Unwritten extends Unplaced {
  code: Extract<ErrorCode, 'AUDIT_NOT_WRITTEN' | 'STORAGE_ERROR'>;
  /** The system's reason (e.g. ENOSPC). */
  reason: string;
}

export interface StoreContext {
  dataDir: string;
  now: () => Date;
  migrations: readonly Migration[];
  /** Seals and opens every file under the folder's data key (file-codec.ts). */
  codec: FileCodec;
  /** The audit trail's reader (keeps what it opened; reset when a restore rewrites the file). */
  audit: AuditReader;
  state: StoreState;
  /** Backup folder names, newest first. */
  backups: string[];
  newestBackup: string | null;
  /** While damaged: what a restore would do (restore-plan.ts). */
  restorePlan: RestoreStep[];
  /** Serializes changes, restores and close, so none sees another half done. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** The folder was made (0700) by this store: changes need not make it again. */
  folderReady?: boolean;
  /** Where each change is made durable before it is answered (journal.ts). */
  journal: Journal;
  /** The last acknowledged change being put in place (never rejects); undefined when none was. */
  putting?: Promise<void>;
  /** Set while the last acknowledged change could not be put in place: changes are refused. */
  unwritten?: Unwritten;
  /** Keeps a copy of a file found damaged after open, and switches the store to damaged. */
  reportDamage: (file: string, error: unknown) => Promise<never>;
}
