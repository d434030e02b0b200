/**
 * Errors cross every boundary as values with a stable code, never as thrown exceptions. One
 * code names one situation; its text, in Japanese and English, lives in the message catalogue
 * (shared/messages/), rendered from the code and the details the error carries. The envelope's
 * `message` is the Japanese text from that catalogue; screens render their own language from the
 * same catalogue, and scripts match on the code (docs/errors.md lists every code).
 */
import type { EmergencyPlan, Violation } from '../domain/schemas';
import { errorText } from '../messages/render';

export const ERROR_CODES = [
  // The call itself
  /** The input breaks its schema or a field rule: `issues`, each with its path and code. */
  'INVALID_INPUT',
  /** No such channel. */
  'UNKNOWN_CHANNEL',
  /** Browser host: no or a wrong access token (HTTP 401). */
  'UNAUTHORIZED',
  /** Not Tomari's own window or page: a foreign IPC sender, Origin or Host (HTTP 403). */
  'UNTRUSTED_CALLER',
  /** Browser host: not a well-formed API request (not POST, not JSON, a bad address). */
  'BAD_REQUEST',
  /** Browser host: a body over 1 MiB (HTTP 413). */
  'PAYLOAD_TOO_LARGE',
  /** The transport cannot do this (e.g. printing through Electron from the browser host). */
  'NOT_SUPPORTED',
  /** Anything unforeseen; nothing was changed, and the log names the channel only. */
  'INTERNAL',

  // The data folder
  /** A data file cannot be read: kept aside, restore a backup (`damaged`). */
  'STORAGE_DAMAGED',
  /**
   * The backup asked for holds no good copy of a damaged file (its copy is damaged or missing),
   * so nothing was restored (`backup`; `restore`: the plan, file by file).
   */
  'BACKUP_DAMAGED',
  /**
   * No backup holds a good copy of the damaged files, so nothing was restored (`restore`: the
   * plan, file by file).
   */
  'NO_GOOD_BACKUP',
  /** A change could not be written; nothing of it was kept (`reason`). */
  'STORAGE_ERROR',
  /**
   * The change's audit entries could not be written, so the change was not saved either: entries
   * are written before their change, and no change is kept unsigned (`reason`).
   */
  'AUDIT_NOT_WRITTEN',
  /** The store is closed (the app is shutting down). */
  'STORE_CLOSED',
  /** Another Tomari process holds the data folder (`holder`; main/storage/folder-lock.ts). */
  'DATA_FOLDER_LOCKED',
  /** This process lost the folder's lock to another one and stopped writing. */
  'DATA_FOLDER_LOCK_LOST',
  /**
   * The data folder is encrypted and this PC does not have its key (a new PC, a profile reset):
   * it opens with the recovery key (`keyId`: which key it needs; null when the keyring is gone).
   */
  'DATA_KEY_MISSING',
  /**
   * The folder's keyring or this PC's key file was changed or damaged (`reason`: keyring,
   * keyFile, protection); nothing was read or written.
   */
  'DATA_KEY_INVALID',
  /**
   * The desktop app cannot protect the data key on this PC with the OS (no secret store for
   * safeStorage): it waits for the manager's passphrase (`storage.unlock`) and answers nothing else.
   */
  'KEY_PROTECTION_UNAVAILABLE',
  /** The recovery key given does not open the folder's (or backup's) keyring. */
  'RECOVERY_KEY_WRONG',
  /** The passphrase does not open this PC's key file (the one chosen here before). */
  'PASSPHRASE_WRONG',

  // The facility's server (PostgreSQL store, main/storage/postgres/)
  /**
   * The database server cannot be reached or went away: the call is refused and nothing of it is
   * kept; Tomari connects again by itself.
   */
  'DATABASE_UNAVAILABLE',
  /** The database was set up by a newer Tomari than this one (`found`, `known`): update Tomari. */
  'DATABASE_TOO_NEW',

  // Records
  /** No record with that id (`entity`: stay, person, bed, bedBlock, training, backup; `id`). */
  'NOT_FOUND',
  /** beds.save: another bed already has this name (`name`). */
  'BED_NAME_TAKEN',
  /** beds.block: stays hold the bed in the period; move them first (`stayIds`, `count`). */
  'BLOCK_HAS_STAYS',
  /** training.save: the stay already has a record for this date and domain (`date`, `domain`). */
  'TRAINING_RECORD_EXISTS',
  /** persons.save: another person has the same names and birth date; resend with acknowledge. */
  'POSSIBLE_DUPLICATE',
  /**
   * persons.save: another person already has this recipient certificate number (almost always
   * a typo); resend with acknowledge to save anyway.
   */
  'DUPLICATE_CERTIFICATE',

  // Bookings and stays
  /** A booking breaks a rule of severity error, or an override lacks its reason (`violations`). */
  'RULE_VIOLATION',
  /** A stay's status cannot go from one to the other (`from`, `to`). */
  'INVALID_TRANSITION',
  /** A stay that is over (completed, cancelled, bumped) keeps its dates and bed (`status`). */
  'STAY_CLOSED',
  /** A guest in the facility keeps their arrival date (`start`). */
  'STAY_STARTED',
  /**
   * Offers, rebooking and the to-contact list are for stays bumped by an emergency only
   * (`status`).
   */
  'STAY_NOT_BUMPED',
  /** stays.create with rebookOf a bumped stay already given new dates (`rebookedAs`). */
  'ALREADY_REBOOKED',
  /** stays.checkIn before the arrival date (`start`). */
  'CHECK_IN_TOO_EARLY',
  /** stays.checkIn on or after the departure date (`end`). */
  'CHECK_IN_TOO_LATE',
  /** stays.undoCheckIn of a check-in not made today (`checkedInOn` when known). */
  'CHECK_IN_UNDO_TOO_LATE',
  /** stays.checkOut on a date still to come (`date`, `today`); move the departure instead. */
  'CHECK_OUT_IN_FUTURE',
  /** stays.checkOut on a date before the arrival (`date`, `start`). */
  'CHECK_OUT_BEFORE_ARRIVAL',
  /** stays.checkOut after the booked departure (`date`, `end`); lengthen the stay first. */
  'CHECK_OUT_AFTER_END',
  /** stays.update: a guest in the facility cannot have a departure before today (`end`, `today`). */
  'DEPARTURE_IN_PAST',

  // Emergencies
  /** No bed can take the emergency, even by bumping experience stays (`reasons`). */
  'NO_EMERGENCY_CAPACITY',
  /** emergency.commit: the plan changed since it was shown (`plan`: the new one). */
  'STALE_PLAN',
  /** emergency.saveIntake / emergency.extendAddOn on a stay that is not an emergency (`kind`). */
  'NOT_EMERGENCY_STAY',

  // Staff and sessions (docs/staff.md)
  /** A channel that needs a signed-in staff member, called without a live session (HTTP 401). */
  'UNAUTHENTICATED',
  /** The signed-in staff member's roles do not include one the channel is open to (HTTP 403). */
  'FORBIDDEN',
  /** session.signIn: a wrong secret, or no active staff member with that id (`triesLeft`). */
  'SIGN_IN_FAILED',
  /** session.signIn: five wrong secrets in a row locked the account (`until`), right secret or not. */
  'LOCKED',
  /** staff.setup once staff exists: the first manager is made only once. */
  'ALREADY_SET_UP',
  /** staff.save: it would leave no active manager (nobody could manage staff any more). */
  'LAST_MANAGER',

  // 保存期間 (docs/retention.md)
  /**
   * retention.erase: the person's retention period has not ended (`keptUntil`: its last day; or
   * `variant: 'noDate'` when no period can be counted); nothing was erased.
   */
  'RETENTION_NOT_ENDED',
] as const;

/** Warnings persons.save answers with until the user has seen them and says to save anyway. */
export const PERSON_SAVE_WARNINGS = ['POSSIBLE_DUPLICATE', 'DUPLICATE_CERTIFICATE'] as const;
export type PersonSaveWarning = (typeof PERSON_SAVE_WARNINGS)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One reason an input was refused: where (`path`), why (`code`: a zod code or one of
 * `ISSUE_CODES` in shared/messages/catalog.ts), and the Japanese text (`message`).
 */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
  /** The figures a catalogue text needs (e.g. a stay's dates), when it needs any. */
  details?: Record<string, unknown>;
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
  /**
   * The changes the call applied before refusing are kept: its transaction is committed, not
   * rolled back (a wrong secret must count even though the call fails).
   */
  readonly keepChanges: boolean;
  constructor(error: ApiError, options: { keepChanges?: boolean } = {}) {
    super(error.message);
    this.name = 'ServiceError';
    this.error = error;
    this.keepChanges = options.keepChanges ?? false;
  }
}

/**
 * Ends a service call with a typed error. The message is the Japanese text of the code from the
 * catalogue, rendered with the details (which also travel in the error for screens and scripts).
 */
export function fail(code: ErrorCode, details: Omit<ApiError, 'code' | 'message'> = {}): never {
  throw new ServiceError(apiError(code, details));
}

/** An error value for the envelope, with its catalogue message. */
export function apiError(
  code: ErrorCode,
  details: Omit<ApiError, 'code' | 'message'> = {},
): ApiError {
  return { code, message: errorText('ja', code, details), ...details };
}

/** Like `fail`, but what the call has applied is kept: its transaction commits (see ServiceError). */
export function refuseKeepingChanges(
  code: ErrorCode,
  details: Omit<ApiError, 'code' | 'message'> = {},
): never {
  throw new ServiceError(apiError(code, details), { keepChanges: true });
}
