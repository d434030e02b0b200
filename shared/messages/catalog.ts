/**
 * The shape of the message catalogue: every text Tomari shows for an error, a broken booking
 * rule or a refused field, in each language, keyed by code. Japanese (ja.ts) is the reference;
 * English (en.ts) must name the same keys, which the type below makes a compile error to miss.
 * The renderer merges the catalogue into its i18next resources; main renders the envelope's
 * Japanese `message` and each violation's `message` from it (render.ts).
 */
import type { ErrorCode } from '../api/errors';
import type { Severity, StayKind, StayStatus } from '../domain/schemas';
import type { PlanReasonCode } from '../planner/reasons';
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
  /** A new training record or day fact for a cancelled or bumped stay. */
  'STAY_NOT_HELD',
  /** An emergency request received later than now (`intake.requestedAt`). */
  'REQUESTED_IN_FUTURE',
  /** The names and birth date of another person (a warning the user may confirm). */
  'POSSIBLE_DUPLICATE',
  /** The certificate number of another person (a warning the user may confirm). */
  'DUPLICATE_CERTIFICATE',
  // A field's own check, named by a schema's `error` (shared/domain/schemas.ts); the text names
  // the field by its catalogue name (`fields`), found from the issue's path.
  /** A required field left empty (or not given as text). */
  'REQUIRED',
  /** A text longer than its field takes (`maximum`). */
  'TOO_LONG',
  /** An optional text field given something other than text. */
  'NOT_TEXT',
  /** A date field that is not a date on the calendar. */
  'INVALID_DATE',
  /** A reading (furigana) not in hiragana or katakana. */
  'NOT_KANA',
  /** A phone number with characters a phone number does not have. */
  'INVALID_PHONE',
  /** A recipient certificate number that is not ten digits. */
  'INVALID_CERTIFICATE_NUMBER',
  /** A provider (事業所) number that is not ten digits. */
  'INVALID_PROVIDER_NUMBER',
  /** A choice (a status, a category, a bed, the kinds of stay) not made. */
  'NOT_CHOSEN',
  /** An authorisation's days per month that is not a whole number from 1 to 31. */
  'INVALID_DAYS_PER_MONTH',
  /** A value that is not one of the field's choices (a care flag). */
  'INVALID_CHOICE',
  /** A staff secret shorter than the minimum (`min`). */
  'SECRET_TOO_SHORT',
  /** A new member of staff without a secret (`min`). */
  'SECRET_REQUIRED',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * What the fields a field check can refuse are called, by their path with list positions left
 * out (`contacts.phone` for `contacts.2.phone`). A path is matched from its end, the longest
 * first, so `person.contacts.0.phone` finds `contacts.phone` and the facility's bare `phone`
 * finds `phone`.
 */
export interface FieldNames {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  sex: string;
  certificateNumber: string;
  supportCategory: string;
  registration: { status: string; registeredOn: string; registeredBy: string; reviewDate: string };
  authorizations: { from: string; to: string; daysPerMonth: string };
  consultationOffice: { office: string; coordinator: string; phone: string };
  contacts: { name: string; relation: string; phone: string; note: string };
  careNotes: {
    medications: string;
    allergies: string;
    medicalCare: string;
    behaviourSupport: string;
    diet: string;
    mobility: string;
    flags: string;
    nothingToNote: string;
  };
  /** A bed's. */
  name: string;
  room: string;
  allows: string;
  bedId: string;
  start: string;
  end: string;
  /** A bed closure's. */
  reason: string;
  address: string;
  phone: string;
  author: { name: string };
  /** The staff's comments on a stay (職員所見). */
  text: string;
  /** The facility's 事業所番号, printed on the 実績記録票. */
  providerNumber: string;
  /** A day fact's note (備考). */
  note: string;
}

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** The record kinds a NOT_FOUND names (its `entity`), each with its own sentence. */
export type NotFoundEntity =
  'stay' | 'person' | 'bed' | 'bedBlock' | 'training' | 'backup' | 'staff';

export interface Catalog {
  /**
   * Per error code, the sentence shown for it. `{{name}}` takes the error's detail of that
   * name (`{{record.field}}` for a field of a record detail; dates, months, moments, statuses
   * and kinds are written out in the language). NOT_FOUND has a sentence per entity
   * (`NOT_FOUND_stay`, …); DATA_FOLDER_LOCKED one for a holder it cannot name; STORAGE_ERROR
   * and AUDIT_NOT_WRITTEN one for the move to a server held up by a change not yet written.
   */
  errors: Record<ErrorCode | ClientOnlyErrorCode, string> &
    Record<
      | `NOT_FOUND_${NotFoundEntity}`
      | `UNTRUSTED_CALLER_${'origin' | 'host' | 'sender'}`
      | `BAD_REQUEST_${'method' | 'notJson' | 'address'}`
      | 'DATA_FOLDER_LOCKED_unknownHolder'
      | 'RETENTION_NOT_ENDED_noDate'
      | 'SIGN_IN_FAILED_counted'
      | `${'STORAGE_ERROR' | 'AUDIT_NOT_WRITTEN'}_pending`,
      string
    >;
  /**
   * Per booking rule, the sentence for a violation, from its details. A rule whose sentence
   * depends on the severity has `CODE_severity` beside it (tried first).
   */
  rules: Record<RuleCode, string> & Partial<Record<`${RuleCode}_${Severity}`, string>>;
  /**
   * Per issue code, the sentence under the field; `CODE_field` is tried first. `{{field}}`
   * takes the field's name from `fields`.
   */
  issues: Record<IssueCode, string> & Record<string, string>;
  /** What a field is called in a sentence about it (the form's label, or close to it). */
  fields: FieldNames;
  /**
   * Per reason of an emergency plan (shared/planner/reasons.ts), the sentence the plan shows,
   * from its figures (`{{bed}}`, `{{count}}`, `{{date}}`).
   */
  planReasons: Record<PlanReasonCode, string>;
  /** `time`: a moment, Japan time: `{{date}}` (the long date), `{{hour}}`, `{{minute}}`. */
  date: { long: string; month: string; time: string };
  weekday: Record<WeekdayKey, string>;
  stayStatus: Record<StayStatus, string>;
  /** A kind of stay as a sentence names it (体験利用), not as a chip does (体験). */
  kindName: Record<StayKind, string>;
}
