/**
 * The one application window. Its web preferences are the Electron security checklist's: the
 * renderer gets no Node, runs sandboxed and isolated, and reaches the main process only through
 * the preload's `window.tomari.invoke`.
 */
import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import type { RendererLocation } from './renderer-location';
import { logFailure } from '../log-failure';
import { setupUnloadConfirmation } from './unsaved-changes';

let mainWindow: BrowserWindow | null = null;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  };
}

export function createMainWindow(options: {
  preload: string;
  location: RendererLocation;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Tomari',
    // Shown on ready-to-show, so staff never see a blank white frame while React starts.
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => window.show());
  setupUnloadConfirmation(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  const loading =
    options.location.kind === 'devServer'
      ? window.loadURL(options.location.url)
      : window.loadFile(options.location.indexHtml);
  loading.catch((error: unknown) => logFailure('loading the window', error));

  mainWindow = window;
  return window;
}

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Brings the window to the front, e.g. when staff start the app a second time. */
export function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
