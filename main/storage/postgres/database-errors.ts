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

/** SQLSTATEs the PostgreSQL server answers that a connection test explains (see docs/postgres.md). */
export const SQLSTATE = {
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
  databaseMissing: '3D000',
  serializationFailure: '40001',
  deadlock: '40P01',
} as const;
