/**
 * `npm run host -- --data-dir DIR --key-file FILE --port PORT --token TOKEN`: the browser host. Prints its
 * address once ready; the renderer reads the token from the address's fragment.
 * `--database postgres://…` (or `TOMARI_DATABASE_URL`) uses the facility's PostgreSQL database
 * instead of the data folder (docs/postgres.md).
 */
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startTomari, startupFailureText } from '../runtime';
import { keyFileStore } from '../storage/data-key';
import { defaultDataDir, defaultKeyFile } from './default-data-dir';
import { startHost } from './server';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      database: { type: 'string' },
      'key-file': { type: 'string' },
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      'static-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('--port must be a number from 0 to 65535');
    process.exit(2);
  }
  const token = values.token ?? randomBytes(24).toString('base64url');
  const database = values.database ?? process.env.TOMARI_DATABASE_URL;
  const runtime = await startTomari({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    ...(database ? { database: { url: database } } : {}),
    keys: { keys: keyFileStore(resolve(values['key-file'] ?? defaultKeyFile())) },
  });
  const host = await startHost({
    dispatch: runtime.dispatch,
    token,
    port,
    staticDir: resolve(values['static-dir'] ?? join(projectRoot, 'out', 'renderer')),
  });
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    await host.close();
    await runtime.close();
    process.exit(0);
  };
  // Before the ready line: whoever reads it may stop the host at once, and must find it
  // closing its files, not killed by the default signal action.
  process.on('SIGINT', () => void (stopping ??= stop()));
  process.on('SIGTERM', () => void (stopping ??= stop()));
  console.log(`Tomari host listening on ${host.url}`);
  console.log(`Open ${host.url}#token=${token}`);
}

main().catch((error: unknown) => {
  console.error(`Tomari host failed to start: ${startupFailureText(error)}`);
  process.exit(1);
});
