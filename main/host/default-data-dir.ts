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
