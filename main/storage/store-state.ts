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
import type { Migration } from './migrations';
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
  /** Keeps a copy of a file found damaged after open, and switches the store to damaged. */
  reportDamage: (file: string, error: unknown) => Promise<never>;
}
