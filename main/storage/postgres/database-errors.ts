/**
 * What a failure of the PostgreSQL client means for the app. A lost or refused connection is
 * `DATABASE_UNAVAILABLE` (the call is refused, nothing of it is kept, and the pool connects
 * again by itself on the next call); anything else is left to the dispatcher, which answers
 * INTERNAL and logs the channel and the error's code only (a message may quote personal data).
 */
import { fail, ServiceError } from '../../../shared/api/errors';

/** Node's socket errors that mean the server cannot be reached or went away. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATEs of a server that is away: class 08 (connection exception), and an administrator's
 * or a crash's shutdown, or a server still starting (57P01–57P03).
 */
function isUnavailableState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03';
}

/** node-postgres's own words for a connection that ended or could not be had in time. */
const CLIENT_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
];

export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || isUnavailableState(code))) {
    return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && CLIENT_MESSAGES.some((m) => message.startsWith(m));
}

/** Rethrows a client failure as the app's answer: DATABASE_UNAVAILABLE, or the error itself. */
export function asServiceError(error: unknown): never {
  if (error instanceof ServiceError) throw error;
  if (isUnavailable(error)) return fail('DATABASE_UNAVAILABLE');
  throw error;
}

/**
 * SQLSTATE classes of a write the server refused as a whole: data it would not take (22), a
 * constraint (23), a transaction rolled back to keep transactions apart (40: serialization
 * failure, deadlock), a server out of room (53) or past a limit (54). The transaction is rolled
 * back, so nothing of the change was kept, and trying again may well work.
 */
const REFUSED_WRITE_CLASSES = new Set(['22', '23', '40', '53', '54']);

/** The SQLSTATE of a failure the server answered, if it is one. */
function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * A writing transaction's failure as the app's answer: DATABASE_UNAVAILABLE for a server away,
 * STORAGE_ERROR for a write the server refused (its reason is the SQLSTATE only: the server's
 * message may quote the values refused, which can be personal data), else the error itself
 * (the dispatcher answers INTERNAL).
 */
export function asWriteError(error: unknown): never {
  if (error instanceof ServiceError) throw error;
  if (isUnavailable(error)) return fail('DATABASE_UNAVAILABLE');
  const state = sqlStateOf(error);
  if (state && REFUSED_WRITE_CLASSES.has(state.slice(0, 2))) {
    return fail('STORAGE_ERROR', { reason: `SQLSTATE ${state}` });
  }
  throw error;
}

/** SQLSTATEs the PostgreSQL server answers that a connection test explains (see docs/postgres.md). */
export const SQLSTATE = {
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
  databaseMissing: '3D000',
  serializationFailure: '40001',
  deadlock: '40P01',
} as const;
