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
    restoreBackup(name?: string): Promise<StorageStatus>;
  };
  /**
   * Printing through a window of the desktop shell; only the Electron shell provides it (the
   * browser host has no windows to print from, so its pages print with the browser).
   */
  printer?: Printer;
}

export interface Printer {
  /** Opens the app route in a preview window and then the system print dialog. */
  preview(route: string): Promise<void>;
  /** Renders the route to an A4 PDF at a path the user picks; null path when cancelled. */
  savePdf(route: string): Promise<{ path: string | null }>;
}
