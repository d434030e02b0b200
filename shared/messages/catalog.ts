/**
 * The shape of the message catalogue: every text Tomari shows for an error, a broken booking
 * rule or a refused field, in each language, keyed by code. Japanese (ja.ts) is the reference;
 * English (en.ts) must name the same keys, which the type below makes a compile error to miss.
 * The renderer merges the catalogue into its i18next resources; main renders the envelope's
 * Japanese `message` and each violation's `message` from it (render.ts).
 */
import type { ErrorCode } from '../api/errors';
import type { Severity, StayKind, StayStatus } from '../domain/schemas';
import type { RuleCode } from '../rules/codes';

/** Failures only the renderer can see: the answer never came, or came malformed. */
export const CLIENT_ERROR_CODES = ['NETWORK', 'BAD_RESPONSE', 'UNEXPECTED'] as const;
export type ClientOnlyErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Codes of the checks that refuse one field, beyond zod's own (too_small, invalid_format, …). */
export const ISSUE_CODES = [
  /** An end date before its start date (a period, an authorisation, a review date). */
  'DATES_OUT_OF_ORDER',
  /** A period of nights (a closure, an emergency) that ends on the day it starts. */
  'NO_NIGHT',
  /** A rebooking of a bumped stay for another person than the bumped one. */
  'NOT_SAME_PERSON',
  /** A period (a stay, a closure, a listed range) longer than a year (`maxDays`). */
  'SPAN_TOO_LONG',
  /** A date before 1900 or after 2100: no facility's record can mean it. */
  'DATE_OUT_OF_RANGE',
  /** A name or required text that shows nothing, or holds control or bidi characters. */
  'INVISIBLE_CHARACTERS',
  /** Two authorisation periods of one person overlap. */
  'AUTHORIZATION_OVERLAP',
  /** A training record's date outside its stay (`start`, `end`). */
  'DATE_OUTSIDE_STAY',
  /** A training domain the facility has not set up. */
  'UNKNOWN_DOMAIN',
  /** A new training record for a cancelled or bumped stay. */
  'STAY_NOT_HELD',
  /** The names and birth date of another person (a warning the user may confirm). */
  'POSSIBLE_DUPLICATE',
  /** The certificate number of another person (a warning the user may confirm). */
  'DUPLICATE_CERTIFICATE',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** The record kinds a NOT_FOUND names (its `entity`), each with its own sentence. */
export type NotFoundEntity = 'stay' | 'person' | 'bed' | 'bedBlock' | 'training' | 'backup';

export interface Catalog {
  /**
   * Per error code, the sentence shown for it. `{{name}}` takes the error's detail of that
   * name (`{{record.field}}` for a field of a record detail; dates, months, moments, statuses
   * and kinds are written out in the language). NOT_FOUND has a sentence per entity
   * (`NOT_FOUND_stay`, …); DATA_FOLDER_LOCKED one for a holder it cannot name.
   */
  errors: Record<ErrorCode | ClientOnlyErrorCode, string> &
    Record<
      | `NOT_FOUND_${NotFoundEntity}`
      | `UNTRUSTED_CALLER_${'origin' | 'host' | 'sender'}`
      | `BAD_REQUEST_${'method' | 'notJson' | 'address'}`
      | 'DATA_FOLDER_LOCKED_unknownHolder',
      string
    >;
  /**
   * Per booking rule, the sentence for a violation, from its details. A rule whose sentence
   * depends on the severity has `CODE_severity` beside it (tried first).
   */
  rules: Record<RuleCode, string> & Partial<Record<`${RuleCode}_${Severity}`, string>>;
  /** Per issue code, the sentence under the field; `CODE_field` is tried first. */
  issues: Record<IssueCode, string> & Record<string, string>;
  /** `time`: a moment, Japan time: `{{date}}` (the long date), `{{hour}}`, `{{minute}}`. */
  date: { long: string; month: string; time: string };
  weekday: Record<WeekdayKey, string>;
  stayStatus: Record<StayStatus, string>;
  /** A kind of stay as a sentence names it (体験利用), not as a chip does (体験). */
  kindName: Record<StayKind, string>;
}
