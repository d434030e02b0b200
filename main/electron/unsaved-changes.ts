/**
 * Closing or reloading the window while a form holds unsaved input. The renderer marks that
 * state with a `beforeunload` handler (renderer/src/common/unsaved/UnsavedChangesGuard.tsx);
 * Chromium would ask with its own dialog, but Electron asks nothing and simply keeps the window
 * open, so the question is asked here, in the app's words.
 */
import { dialog, type BrowserWindow } from 'electron';

const DISCARD = 0;
const KEEP_EDITING = 1;

export function setupUnloadConfirmation(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Tomari',
      message: '保存していない変更があります',
      detail: '入力した内容はまだ保存されていません。このまま進むと失われます。',
      buttons: ['変更を破棄する', '入力に戻る'],
      defaultId: KEEP_EDITING,
      cancelId: KEEP_EDITING,
      noLink: true,
    });
    // Preventing the default of this event overrides the page's objection: the window goes on
    // to close (or reload). Doing nothing keeps it open with the input intact.
    if (choice === DISCARD) event.preventDefault();
  });
}
