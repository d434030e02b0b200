/**
 * The Electron entry (out/main/index.js). Like electron/fiddle, each feature is a setupX()
 * module and this file only wires them together in one onReady.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, safeStorage } from 'electron';
import { CONFIG_FILE, readAppConfig } from '../connection/app-config';
import { configuredConnection, databaseAtStart } from '../connection/connection-settings';
import { startGatedTomari } from '../key-gate';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from './csp';
import { memoryKeyStore } from '../storage/data-key';
import { desktopKeys } from '../storage/os-key-protection';
import { setupIpc } from './ipc';
import {
  reportStartupFailure,
  setupRuntimeShutdown,
  setupSingleInstance,
  setupWindowLifecycle,
} from './lifecycle';
import { setupMenu } from './menu';
import { createPrinter, isPrintWebContents } from './printer';
import { builtPaths, isAppUrl, rendererLocation } from './renderer-location';
import { electronSecretBox } from './secret-box';
import { setupSecurity } from './security';
import { createMainWindow, focusMainWindow, getMainWindow } from './window';

/** Data lives beside Electron's own profile, in a folder of its own that backups can copy. */
export function dataDirectory(): string {
  return join(app.getPath('userData'), 'data');
}

/** The app's own configuration (which store it uses) sits beside the data folder, not in it. */
export function configFile(): string {
  return join(app.getPath('userData'), CONFIG_FILE);
}

function onReady(): void {
  const paths = builtPaths(dirname(fileURLToPath(import.meta.url)));
  const location = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererIndexHtml: paths.rendererIndexHtml,
  });
  const isOwnUrl = (url: string): boolean => isAppUrl(location, url);

  // Before the first window exists, so no web contents escapes the hooks.
  setupSecurity({
    isAppUrl: isOwnUrl,
    contentSecurityPolicy:
      location.kind === 'devServer'
        ? developmentContentSecurityPolicy(location.url)
        : CONTENT_SECURITY_POLICY,
  });
  setupMenu({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged });

  // The store opens while the window loads its bundle; calls made before it is open wait for it.
  const printer = createPrinter({ preload: paths.preload, location, parentWindow: getMainWindow });
  // The store the configuration names (docs/postgres.md); a change is read at the next start.
  // The data folder's key is kept in the config folder, wrapped by the OS (safeStorage), never
  // in the data folder; where the OS cannot protect it, under the manager's passphrase, which
  // the window asks for. A PC without the folder's key asks for the recovery key (key-gate.ts).
  const secrets = electronSecretBox();
  const runtime = Promise.all([
    readAppConfig(configFile()),
    desktopKeys(app.getPath('userData'), safeStorage),
  ]).then(([{ store }, keys]) => {
    const database = databaseAtStart(store, secrets);
    return startGatedTomari({
      dataDir: dataDirectory(),
      // With the facility's server there is no folder to open, so no key to wait for.
      source:
        keys.kind === 'os' || database
          ? { access: keys.kind === 'os' ? keys.access : { keys: memoryKeyStore() } }
          : { passphrase: keys.passphrase },
      printer,
      connection: configuredConnection({ path: configFile(), secrets, running: store }),
      ...(database ? { database } : {}),
      onFatal: reportStartupFailure,
    });
  });
  runtime.catch(reportStartupFailure);
  setupRuntimeShutdown(async () => (await runtime).close());
  const windowSessions = setupIpc({
    dispatcher: {
      dispatch: async (channel, input, caller) => (await runtime).dispatch(channel, input, caller),
    },
    appWebContentsId: () => getMainWindow()?.webContents.id ?? null,
    isExtraAppWebContents: isPrintWebContents,
    isAppUrl: isOwnUrl,
  });

  const openWindow = (): void => {
    if (getMainWindow()) return;
    const window = createMainWindow({ preload: paths.preload, location });
    // A closed window signs out: its session must not outlive it.
    const { id } = window.webContents;
    window.webContents.once('destroyed', () => void windowSessions.endSessionOf(id));
  };
  setupWindowLifecycle(openWindow);
  openWindow();
}

if (setupSingleInstance(focusMainWindow)) {
  app.whenReady().then(onReady).catch(reportStartupFailure);
}
