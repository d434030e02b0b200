/**
 * The store choice behind the settings screen's 「データの保存先」 section (channels
 * `connection.get`, `connection.test`, `connection.save`; docs/postgres.md). Two kinds:
 * - the desktop app's (`configuredConnection`): the choice is read from and saved to the app's
 *   configuration file (app-config.ts), the password sealed by the system's secret storage; a
 *   change takes effect at the next start;
 * - the browser host's and the tests' (`fixedConnection`): the store it was started with, shown
 *   but not changed here (`--database` or TOMARI_DATABASE_URL decide it).
 */
import {
  type ImportResult,
  type ConnectionSave,
  type ConnectionTestResult,
  type ConnectionView,
  type ServerDetails,
  type ServerInput,
} from '../../shared/api/connection-schemas';
import { fail } from '../../shared/api/errors';
import { testConnection, type ServerAccess } from '../storage/postgres/connection-test';
import {
  DatabaseNotEmptyError,
  differences,
  readDatabase,
  summarize,
  writeDatabase,
  type FacilityData,
} from '../storage/postgres/transfer';
import {
  choiceOf,
  maskedAddress,
  readAppConfig,
  serverUrl,
  writeAppConfig,
  type SecretBox,
  type StoredStore,
} from './app-config';

export interface ConnectionSettings {
  view(): Promise<ConnectionView>;
  /** Tries the server: with the password given, else the one kept for the same account. */
  test(input: ServerInput): Promise<ConnectionTestResult>;
  /** Saves the choice for the next start; NOT_SUPPORTED where it is not chosen here. */
  save(choice: ConnectionSave): Promise<ConnectionView>;
  /**
   * Copies the facility's data (`read` gives it, whole and consistent) into the server's empty
   * database, verifies it, and saves the server as the choice; NOT_SUPPORTED where not chosen here.
   */
  importInto(input: ServerInput, read: () => Promise<FacilityData>): Promise<ImportResult>;
}

const sameAccount = (a: ServerDetails, b: ServerDetails) =>
  a.host === b.host && a.port === b.port && a.database === b.database && a.user === b.user;

const detailsOf = (input: ServerInput): ServerDetails => ({
  host: input.host,
  port: input.port,
  database: input.database,
  user: input.user,
  tls: input.tls,
});

async function testWith(
  input: ServerInput,
  kept: (details: ServerDetails) => string | undefined,
  schema?: string,
): Promise<ConnectionTestResult> {
  const password = input.password ?? kept(detailsOf(input));
  if (password === undefined) return { ok: false, problem: 'noPassword' };
  const access: ServerAccess = { ...detailsOf(input), password };
  return testConnection(access, schema ? { schema } : {});
}

/** The details and password a database URL names (the browser host's `--database`). */
function accessOfUrl(url: string): (ServerDetails & { password: string }) | undefined {
  try {
    const parsed = new URL(url);
    const sslmode = parsed.searchParams.get('sslmode');
    return {
      host: parsed.hostname.replace(/^\[|\]$/g, ''),
      port: parsed.port === '' ? 5432 : Number(parsed.port),
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      tls: sslmode !== null && sslmode !== 'disable',
    };
  } catch {
    return undefined;
  }
}

/** The store this process was started with, shown read-only (browser host, tests). */
export function fixedConnection(databaseUrl: string | undefined): ConnectionSettings {
  const running = accessOfUrl(databaseUrl ?? '');
  return {
    async view() {
      return {
        running:
          databaseUrl === undefined
            ? { kind: 'embedded' }
            : { kind: 'server', address: maskedAddress(databaseUrl) },
        saved: null,
        canChange: false,
      };
    },
    test: (input) =>
      testWith(input, (details) =>
        running && sameAccount(running, details) ? running.password : undefined,
      ),
    save: async () => fail('NOT_SUPPORTED', { variant: 'connection' }),
    importInto: async () => fail('NOT_SUPPORTED', { variant: 'connection' }),
  };
}

/**
 * The desktop app's choice, kept in the configuration file at `path`. `running` is what this
 * process opened at start (the configuration as it was then).
 */
export function configuredConnection(options: {
  path: string;
  secrets: SecretBox;
  running: StoredStore;
  /** Only tests: a schema of the test database stands for a database of its own. */
  schema?: string;
}): ConnectionSettings {
  const { path, secrets, running, schema } = options;
  const keptPassword = async (details: ServerDetails) => {
    const { store } = await readAppConfig(path);
    if (store.kind !== 'server' || store.sealedPassword === undefined) return undefined;
    return sameAccount(store, details) ? secrets.open(store.sealedPassword) : undefined;
  };
  const view = async (): Promise<ConnectionView> => {
    const { store } = await readAppConfig(path);
    return {
      running:
        running.kind === 'embedded'
          ? { kind: 'embedded' }
          : {
              kind: 'server',
              // Masked: a kept password shows as asterisks, none as nothing.
              address: maskedAddress(serverUrl(running, running.sealedPassword ? '-' : '')),
            },
      saved: choiceOf(store),
      canChange: true,
    };
  };
  const settings: ConnectionSettings = {
    view,
    async test(input) {
      // The kept password is read first: the file is small, and a test is a button press.
      const kept = await keptPassword(detailsOf(input));
      return testWith(input, () => kept, schema);
    },
    async importInto(input, read) {
      // Refused before anything is copied: the choice could not be kept after the copy.
      if (input.password !== undefined && !secrets.available()) {
        fail('NOT_SUPPORTED', { variant: 'secretStorage' });
      }
      const password = input.password ?? (await keptPassword(detailsOf(input)));
      if (password === undefined) return { ok: false, problem: 'noPassword' };
      const reached = await testWith({ ...input, password }, () => password, schema);
      if (!reached.ok) return reached;
      const url = serverUrl(detailsOf(input), password);
      const data = await read();
      try {
        await writeDatabase(url, data, schema);
      } catch (error) {
        if (error instanceof DatabaseNotEmptyError) return { ok: false, problem: 'notEmpty' };
        throw error;
      }
      const wrote = summarize(data);
      if (differences(wrote, summarize(await readDatabase(url, schema))).length > 0) {
        return { ok: false, problem: 'notVerified' };
      }
      // The next start opens the server: what this PC holds from now on is not copied.
      await settings.save({ kind: 'server', ...input, password });
      return {
        ok: true,
        tables: Object.entries(wrote).map(([table, { count }]) => ({ table, count })),
      };
    },
    async save(choice) {
      if (choice.kind === 'embedded') {
        await writeAppConfig(path, { version: 1, store: { kind: 'embedded' } });
        return view();
      }
      const details = detailsOf(choice);
      let sealedPassword: string | undefined;
      if (choice.password !== undefined) {
        // Never written as text: without the system's secret storage, no password is kept.
        if (!secrets.available()) fail('NOT_SUPPORTED', { variant: 'secretStorage' });
        sealedPassword = secrets.seal(choice.password);
      } else {
        const { store } = await readAppConfig(path);
        if (store.kind === 'server' && sameAccount(store, details)) {
          sealedPassword = store.sealedPassword;
        }
      }
      await writeAppConfig(path, {
        version: 1,
        store: {
          kind: 'server',
          ...details,
          ...(sealedPassword !== undefined ? { sealedPassword } : {}),
        },
      });
      return view();
    },
  };
  return settings;
}

/** The database a configuration names, its password opened; undefined for the embedded store. */
export function databaseAtStart(
  store: StoredStore,
  secrets: SecretBox,
): { url: string } | undefined {
  if (store.kind === 'embedded') return undefined;
  const password = store.sealedPassword === undefined ? '' : secrets.open(store.sealedPassword);
  return { url: serverUrl(store, password) };
}
