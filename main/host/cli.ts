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
import { startGatedTomari } from '../key-gate';
import { startupFailureText } from '../runtime';
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
  const keyFile = resolve(values['key-file'] ?? defaultKeyFile());
  const runtime = startGatedTomari({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    ...(database ? { database: { url: database } } : {}),
    source: { access: { keys: keyFileStore(keyFile) } },
    onFatal: failed,
  });
  // Opened, or waiting for the recovery key: the page asks for it (「回復キーで開く」).
  const { state } = await runtime.keyState();
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
  if (state === 'keyMissing') {
    console.log(
      `This PC's key file (${keyFile}) lacks the data folder's key: open the page and enter the ` +
        'recovery key (「回復キーで開く」), or run npm run data -- recover.',
    );
  }
}

function failed(error: unknown): never {
  console.error(`Tomari host failed to start: ${startupFailureText(error)}`);
  process.exit(1);
}

main().catch(failed);
