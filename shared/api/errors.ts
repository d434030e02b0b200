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
  /** stays.checkIn before the arrival date (details: start). */
  'CHECK_IN_TOO_EARLY',
  /** stays.checkIn on or after the departure date (details: end). */
  'CHECK_IN_TOO_LATE',
  /** stays.undoCheckIn of a check-in not made today (details: checkedInOn when known). */
  'CHECK_IN_UNDO_TOO_LATE',
  /** stays.checkOut on a date still to come (details: date, today); move the departure instead. */
  'CHECK_OUT_IN_FUTURE',
  /** stays.checkOut on a date before the arrival (details: date, start). */
  'CHECK_OUT_BEFORE_ARRIVAL',
  /** stays.checkOut after the booked departure (details: date, end); lengthen the stay first. */
  'CHECK_OUT_AFTER_END',
  /** stays.update: a guest in the facility cannot have a departure before today (details: end, today). */
  'DEPARTURE_IN_PAST',
  /** stays.create with rebookOf a stay that is not bumped (details: status). */
  'NOT_BUMPED',
  /** stays.create with rebookOf a bumped stay already given new dates (details: rebookedAs). */
  'ALREADY_REBOOKED',
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
  /** Another Tomari process holds the data folder (see main/storage/folder-lock.ts). */
  'DATA_FOLDER_LOCKED',
  /**
   * persons.save: another person already has this recipient certificate number (almost always
   * a typo); resend with acknowledge to save anyway.
   */
  'DUPLICATE_CERTIFICATE',
] as const;

/** Warnings persons.save answers with until the user has seen them and says to save anyway. */
export const PERSON_SAVE_WARNINGS = ['POSSIBLE_DUPLICATE', 'DUPLICATE_CERTIFICATE'] as const;
export type PersonSaveWarning = (typeof PERSON_SAVE_WARNINGS)[number];
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
