/**
 * Opening the PostgreSQL store: a connection pool on the facility's database, the schema
 * migrated under an advisory lock (migrate.ts), the repository over the pool, and one more
 * connection that LISTENs for the changes other PCs commit. That connection is also how the
 * store knows the server is there: when it drops, `status()` says so and the store keeps trying
 * to connect again by itself (the pool reconnects on its next query in any case).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Notification } from 'pg';
import { DATA_KINDS, type DataKind } from '../../../shared/api/contract';
import { createSerialQueue } from '../serial-queue';
import { asServiceError } from './database-errors';
import { migrate } from './migrate';
import { changeChannel, PgRepository } from './pg-repository';
import { SQL_MIGRATIONS, type SqlMigration } from './schema';

export interface PgStoreOptions {
  /** `postgres://user:password@host:port/database` (libpq's URL form; `?sslmode=require` for TLS). */
  url: string;
  /**
   * The schema the tables live in; `public` unless given. Only tests pass one (a fresh schema
   * per test on one test database).
   */
  schema?: string;
  /** Only tests pass their own; the app uses SQL_MIGRATIONS. */
  migrations?: readonly SqlMigration[];
  /** Waiting for a connection before a call is refused as DATABASE_UNAVAILABLE. */
  connectTimeoutMs?: number;
  /** First wait before the change listener connects again; doubles up to 5 s. */
  reconnectMs?: number;
}

export interface DatabaseStatus {
  /** The server answered the last time the store looked (the change listener is connected). */
  connected: boolean;
}

export type ChangeListener = (kinds: readonly DataKind[]) => void;

export interface PgStore {
  repo: PgRepository;
  status(): DatabaseStatus;
  /**
   * Calls `listener` with the data kinds another PC changed (after its commit), and with every
   * kind after the connection came back (changes may have been missed meanwhile).
   */
  onChange(listener: ChangeListener): () => void;
  /** Calls `listener` whenever `status().connected` changes. */
  onStatus(listener: (status: DatabaseStatus) => void): () => void;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error('not a schema name Tomari uses');
  const connection = {
    connectionString: options.url,
    application_name: 'tomari',
    keepAlive: true,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    ...(options.schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool({ ...connection, max: 4, idleTimeoutMillis: 30_000 });
  // An idle connection that breaks is dropped by the pool; without a handler it would crash us.
  pool.on('error', () => {});

  const setup = await connectOrFail(pool);
  try {
    await migrate(setup, options.migrations ?? SQL_MIGRATIONS);
  } catch (error) {
    setup.release(true);
    await pool.end();
    return asServiceError(error);
  }
  setup.release();

  const origin = randomUUID();
  const changeListeners = new Set<ChangeListener>();
  const statusListeners = new Set<(status: DatabaseStatus) => void>();
  let connected = true;
  let closed = false;
  let listener: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let wait = options.reconnectMs ?? 500;

  const setConnected = (value: boolean) => {
    if (connected === value) return;
    connected = value;
    for (const l of statusListeners) l({ connected });
  };
  const emit = (kinds: readonly DataKind[]) => {
    for (const l of changeListeners) l(kinds);
  };
  const onNotification = (message: Notification) => {
    try {
      const payload = JSON.parse(message.payload ?? '') as { origin?: string; kinds?: unknown };
      if (payload.origin === origin) return;
      const kinds = Array.isArray(payload.kinds)
        ? DATA_KINDS.filter((k) => (payload.kinds as unknown[]).includes(k))
        : [...DATA_KINDS];
      emit(kinds);
    } catch {
      emit([...DATA_KINDS]);
    }
  };
  const listen = async (): Promise<void> => {
    retry = undefined;
    if (closed) return;
    const client = new pg.Client(connection);
    const lost = () => {
      client.removeAllListeners('notification');
      if (listener === client) listener = undefined;
      void client.end().catch(() => {});
      if (closed) return;
      setConnected(false);
      retry ??= setTimeout(() => void listen(), wait);
      wait = Math.min(wait * 2, 5_000);
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${changeChannel(schema)}`);
    } catch {
      lost();
      return;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    client.on('notification', onNotification);
    listener = client;
    wait = options.reconnectMs ?? 500;
    if (!connected) {
      setConnected(true);
      // Whatever changed while we were away: every screen loads again.
      emit([...DATA_KINDS]);
    }
  };
  await listen();

  const repo = new PgRepository({ pool, schema, origin, writes: createSerialQueue() });
  return {
    repo,
    status: () => ({ connected }),
    onChange(l) {
      changeListeners.add(l);
      return () => changeListeners.delete(l);
    },
    onStatus(l) {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (retry) clearTimeout(retry);
      const current = listener;
      listener = undefined;
      if (current) {
        current.removeAllListeners('end');
        current.removeAllListeners('error');
        current.on('error', () => {});
        await current.end().catch(() => {});
      }
      await pool.end();
    },
  };
}

async function connectOrFail(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    await pool.end();
    return asServiceError(error);
  }
}
