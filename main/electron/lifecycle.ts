/**
 * App lifecycle: one running instance, quitting when the window closes, and closing the data
 * store before the process exits so no write is cut off halfway.
 */
import { app, dialog } from 'electron';
import { logFailure } from '../log-failure';
import { startupFailureText } from '../runtime';

/**
 * Two instances would write the same data files. Returns false (and quits) when another instance
 * holds the lock; that one brings its window forward instead.
 */
export function setupSingleInstance(focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}

export const STARTUP_FAILURE_TITLE = 'Tomari を起動できませんでした';

/**
 * Tomari could not open its data (e.g. the browser host or another desktop app holds the
 * folder): say why in a dialog, then exit without having written anything.
 */
export function reportStartupFailure(error: unknown): void {
  dialog.showErrorBox(STARTUP_FAILURE_TITLE, startupFailureText(error));
  app.exit(1);
}

/** Quit when the window closes, except on macOS where apps stay in the Dock by convention. */
export function setupWindowLifecycle(createWindowIfNone: () => void): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => createWindowIfNone());
}

/**
 * `will-quit` cannot wait for a promise, so the first one is held back until the runtime has
 * closed (flushed its writes), then quitting resumes.
 */
export function setupRuntimeShutdown(closeRuntime: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    closeRuntime()
      .catch((error: unknown) => logFailure('closing the data store', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
