/**
 * The settings screen's connection test (docs/postgres.md): one connection with the details
 * given, the database's Tomari schema version read, and what went wrong named in terms a
 * manager can act on (shared/api/connection-schemas.ts). Nothing is written: an empty database
 * is set up by Tomari at its next start, not by a test.
 */
import pg from 'pg';
import type {
  ConnectionProblem,
  ConnectionTestResult,
} from '../../../shared/api/connection-schemas';
import { SQLSTATE } from './database-errors';
import { appliedVersions } from './migrate';
import { DATABASE_SCHEMA_VERSION } from './schema';

/** How to reach a server: its address, account and password, and TLS. */
export interface ServerAccess {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tls: boolean;
}

/** Node's socket errors of a server that does not answer at that address. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);

/** Node's TLS errors of a certificate this PC does not trust (or that names another host). */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** What a failure to connect means for the person at the settings screen. */
export function connectionProblemOf(error: unknown): ConnectionProblem {
  if (typeof error !== 'object' || error === null) return 'other';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === SQLSTATE.invalidPassword || code === SQLSTATE.invalidAuthorization) {
    return 'wrongPassword';
  }
  if (code === SQLSTATE.databaseMissing) return 'databaseMissing';
  if (typeof code === 'string' && UNREACHABLE.has(code)) return 'unreachable';
  if (typeof code === 'string' && UNTRUSTED.has(code)) return 'tlsUntrusted';
  if (typeof message === 'string') {
    // node-postgres's own words: its connect timeout, and a server without TLS.
    if (message.includes('timeout')) return 'unreachable';
    if (message.includes('does not support SSL')) return 'tlsRefused';
  }
  return 'other';
}

/** The client settings for a server (node-postgres; TLS verified against the system's CAs). */
export function clientConfig(access: ServerAccess, timeoutMs: number): pg.ClientConfig {
  return {
    host: access.host,
    port: access.port,
    database: access.database,
    user: access.user,
    password: access.password,
    ssl: access.tls,
    application_name: 'tomari',
    connectionTimeoutMillis: timeoutMs,
  };
}

/**
 * Connects once and reads the schema version. `schema` only in tests (a schema of the test
 * database stands for a database of its own).
 */
export async function testConnection(
  access: ServerAccess,
  options: { timeoutMs?: number; schema?: string; known?: number } = {},
): Promise<ConnectionTestResult> {
  const known = options.known ?? DATABASE_SCHEMA_VERSION;
  const client = new pg.Client({
    ...clientConfig(access, options.timeoutMs ?? 5_000),
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // A connection that breaks after the test is of no interest; unhandled it would crash us.
  client.on('error', () => {});
  try {
    await client.connect();
    const found = Math.max(0, ...(await appliedVersions(client)));
    if (found > known) return { ok: false, problem: 'tooNew', found, known };
    return { ok: true, found, known };
  } catch (error) {
    return { ok: false, problem: connectionProblemOf(error) };
  } finally {
    await client.end().catch(() => {});
  }
}
