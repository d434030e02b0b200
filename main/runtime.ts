/**
 * Opens a data folder and gives back the dispatcher over it. The Electron shell and the browser
 * host both start Tomari through here, so they run the same services on the same files.
 */
import type { ServiceError } from '../shared/api/errors';
import { logFailure } from './log-failure';
import { createDispatcher, type Dispatch, type RuntimeContext } from './api/dispatcher';
import { createSessions } from './api/sessions';
import type { Printer } from './services/context';
import { SECRET_COST, type SecretCost } from './services/secrets';
import { openStore } from './storage/store';

export interface TomariOptions {
  dataDir: string;
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

export async function startTomari(options: TomariOptions): Promise<TomariRuntime> {
  const now = options.now ?? (() => new Date());
  const store = await openStore({ dataDir: options.dataDir, now });
  const ctx: RuntimeContext = {
    repo: store.repo,
    now,
    // Sessions live as long as this process: a restart signs everybody out.
    sessions: createSessions(now),
    secretCost: options.secretCost ?? SECRET_COST,
    storage: { status: () => store.status(), restoreBackup: (name) => store.restoreBackup(name) },
    ...(options.printer ? { printer: options.printer } : {}),
  };
  return { dispatch: createDispatcher(ctx, logFailure), close: () => store.close() };
}
