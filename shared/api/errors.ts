/**
 * Errors cross every boundary as values with a stable code, never as thrown exceptions: the
 * renderer chooses the Japanese text for a code, and scripts match on it.
 */
import type { EmergencyPlan, Violation } from '../domain/schemas';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'RULE_VIOLATION',
  'NOT_FOUND',
  'NO_EMERGENCY_CAPACITY',
  'STALE_PLAN',
  'INVALID_TRANSITION',
  'CONFLICT',
  'STORAGE_DAMAGED',
  'STORAGE_ERROR',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN',
  'INTERNAL',
  /** The transport cannot do this (e.g. printing through Electron from the browser host). */
  'NOT_SUPPORTED',
  /** persons.save: another person has the same names and birth date; resend with acknowledge. */
  'POSSIBLE_DUPLICATE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
  violations?: Violation[];
  plan?: EmergencyPlan;
  [extra: string]: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services to end a call with a typed error; the dispatcher turns it into a value. */
export class ServiceError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ServiceError';
    this.error = error;
  }
}

export function fail(
  code: ErrorCode,
  message: string,
  extra: Omit<ApiError, 'code' | 'message'> = {},
): never {
  throw new ServiceError({ code, message, ...extra });
}
