import type { Repository } from '../storage/repository';
import type { StorageStatus } from '../../shared/api/contract';

/** What every service function is given: its dependencies, so tests pass real ones on a temp folder. */
export interface ServiceContext {
  repo: Repository;
  /** The clock; services never call `new Date()` themselves. */
  now: () => Date;
  /** Who is acting, recorded in the audit trail and on overrides. */
  actor: string;
  storage: {
    status(): StorageStatus;
    restoreBackup(name: string): Promise<StorageStatus>;
  };
}
