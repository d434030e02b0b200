import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its data: Electron's `app.getPath('userData')` for the product
 * name Tomari, plus `data`. The host defaults to the same folder so it opens the desk's data.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Tomari', 'data');
}

/**
 * Where the browser host keeps the data keys by default: the user's config folder for Tomari,
 * beside (never inside) the data folder, so copying or backing up the data folder never copies
 * its key. Created 0600 in a 0700 folder.
 */
export function defaultKeyFile(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  return join(defaultDataDir(env, platform), '..', 'data-keys.json');
}
