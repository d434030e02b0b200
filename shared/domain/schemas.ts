/**
 * The data model, defined once as zod schemas. Every TypeScript type of the domain is inferred
 * from these, so what is validated at a boundary (IPC, HTTP, files on disk) is exactly what the
 * code is typed against.
 */
import { z } from 'zod';
import type { IssueCode } from '../messages/catalog';
import { ja } from '../messages/ja';
import { normalizeCertificateNumber, normalizePhoneNumber } from './number-text';
import { DEFAULT_DAY_DEFAULTS, dayDefaultsSchema } from './day-facts-schema';
import { addOnExtensionSchema, emergencyIntakeSchema } from './emergency-intake';
import { DEFAULT_QUALIFICATIONS, qualificationSchema } from './qualifications';

/**
 * The dates a facility's records can mean, birth dates included. Anything outside is a typo or
 * a hostile call and is refused as INVALID_INPUT before any date arithmetic sees it (a year
 * 9999 stay used to end in a RangeError, one from year 1000 to 9000 in seconds of work).
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** True when a `YYYY-MM-DD` string lies within EARLIEST_DATE … LATEST_DATE (string order is date order). */
export function isWithinDateBounds(date: string): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

/**
 * A field refusal with a catalogue issue code (shared/messages/catalog.ts `ISSUE_CODES`): the
 * code travels in the zod issue (toIssues keeps it), the Japanese text is the catalogue's, and
 * screens show the catalogue's text in their own language.
 */
function catalogueIssue(code: 'DATE_OUT_OF_RANGE' | 'INVISIBLE_CHARACTERS') {
  return { error: ja.issues[code], params: { code } };
}

/**
 * A field check's refusal: the catalogue code its `error` names (`REQUIRED`, `TOO_LONG`…).
 * toIssues turns it into the code, and the catalogue words it in each language with the
 * field's name, found from the issue's path (catalog.ts `FIELD_NAMES`). A schema never holds a
 * sentence: the English screen would show it in Japanese (docs/errors.md).
 */
export function fieldIssue(code: IssueCode, abort?: true) {
  return abort ? { error: code, abort } : { error: code };
}

/** The refusal of a date outside EARLIEST_DATE … LATEST_DATE, for a refinement. */
export const DATE_OUT_OF_RANGE = catalogueIssue('DATE_OUT_OF_RANGE');

/** A plain calendar date in Japan time, `YYYY-MM-DD`, that exists on the calendar, 1900–2100. */
export const isoDateSchema = z.iso.date().refine(isWithinDateBounds, DATE_OUT_OF_RANGE);

/**
 * The longest span a stay, a bed closure or a listed range may cover: a year, leap day
 * included. Stays are days to weeks (the settings cap them at 366 days); a closure for longer
 * is a bed taken out of service (beds.save with active: false).
 */
export const MAX_SPAN_DAYS = 366;

/**
 * True when `end` is at most MAX_SPAN_DAYS after `start`. Never throws: malformed dates are
 * left for their own schema to report.
 */
export function isSpanWithinLimit(start: string, end: string): boolean {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) return true;
  return to - from <= MAX_SPAN_DAYS * 86_400_000;
}

/**
 * Names must show something: a string of only control, zero-width, bidi or space characters
 * looks empty (or like another name) on screen and on paper. Control and bidi-override
 * characters are refused anywhere in a name, since they can reorder what a reader sees.
 */
const INVISIBLE_ONLY = /^[\p{Cc}\p{Cf}\p{Z}]*$/u;
const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
export function isVisibleName(text: string): boolean {
  return !INVISIBLE_ONLY.test(text) && !CONTROL_OR_BIDI.test(text);
}
const VISIBLE_NAME = catalogueIssue('INVISIBLE_CHARACTERS');
export type IsoDate = z.infer<typeof isoDateSchema>;

/** An instant, ISO 8601 with offset (`2026-05-12T09:30:00.000Z`). */
export const timestampSchema = z.iso.datetime({ offset: true });

export const idSchema = z.string().min(1).max(64);

/**
 * What a member of staff does at the facility: 受付 (front desk), 支援員 (care), 管理者
 * (manager). The contract names, per channel, the roles that may call it.
 */
export const roleSchema = z.enum(['desk', 'care', 'manager']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES: readonly Role[] = roleSchema.options;

export const stayKindSchema = z.enum(['emergency', 'experience']);
export type StayKind = z.infer<typeof stayKindSchema>;

export const stayStatusSchema = z.enum([
  'tentative',
  'confirmed',
  'in_stay',
  'completed',
  'cancelled',
  'bumped',
]);
export type StayStatus = z.infer<typeof stayStatusSchema>;

/** Statuses a new booking may be created with. */
export const draftStatusSchema = z.enum(['tentative', 'confirmed']);

export const DEFAULT_TRAINING_DOMAINS = [
  'cooking',
  'laundry',
  'cleaning',
  'money',
  'medication',
] as const;

export const trainingDomainSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_-]*$/, 'domain ids are lower-case ascii');

/** Quick phrases per domain that the facility offers as chips on tonight's records (editable). */
export const DEFAULT_TRAINING_PHRASES: Record<string, string[]> = {
  cooking: ['ご飯を炊いた', '味噌汁を作った', '包丁で野菜を切った', '後片付けをした'],
  laundry: ['洗濯機を回した', '洗濯物を干した', '洗濯物をたたんだ'],
  cleaning: ['居室に掃除機をかけた', '風呂を掃除した', 'ごみを分別して出した'],
  money: ['買い物の予算を立てた', '小遣い帳をつけた', 'お釣りを確かめた'],
  medication: ['服薬カレンダーから取り出した', '時間どおりに服薬した', '飲み忘れを自分で確認した'],
};

const extraTrainingDomainsSchema = z.array(
  z.object({ id: trainingDomainSchema, label: z.string().min(1).max(40) }),
);
/** Minutes without input after which the screen locks and the session ends (1 to 120). */
const idleLockMinutesSchema = z.number().int().min(1).max(120);
/** The qualifications the staff register offers (the defaults, plus the facility's own). */
const qualificationsSchema = z.array(qualificationSchema).max(100);

const trainingPhrasesSchema = z.record(
  trainingDomainSchema,
  z.array(z.string().trim().min(1).max(100)).max(30),
);

/** The facility's address and phone as its papers print them; empty until the manager sets them. */
export const facilityAddressSchema = z.string().trim().max(200, fieldIssue('TOO_LONG'));
export const facilityPhoneSchema = z
  .string()
  .overwrite(normalizePhoneNumber)
  .regex(/^(\+?[\d\-()]{2,20})?$/, fieldIssue('INVALID_PHONE'));

const emergencyReadyBedsSchema = z.number().int().min(0).max(999).nullable();

/**
 * The facility's number as a provider of the service (事業所番号), printed on the 実績記録票: ten
 * digits, typed any way the office types numbers (number-text.ts); empty until it is set.
 */
export const providerNumberSchema = z
  .string(fieldIssue('NOT_TEXT'))
  .overwrite(normalizeCertificateNumber)
  .regex(/^(\d{10})?$/, fieldIssue('INVALID_PROVIDER_NUMBER'));

export const settingsSchema = z.object({
  facilityName: z.string().max(100),
  address: facilityAddressSchema.default(''),
  phone: facilityPhoneSchema.default(''),
  providerNumber: providerNumberSchema.default(''),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  experienceAnnualCapDays: z.number().int().min(1).max(366),
  experienceMaxDaysPerStay: z.number().int().min(1).max(366),
  emergencyMaxDays: z.number().int().min(1).max(366),
  consecutiveDaysLimit: z.number().int().min(1).max(366).nullable(),
  /** Facility-defined training domains beyond the five defaults. */
  extraTrainingDomains: extraTrainingDomainsSchema.default([]),
  /** Quick phrases per training domain; files written before this field get the defaults. */
  trainingPhrases: trainingPhrasesSchema.default(() => structuredClone(DEFAULT_TRAINING_PHRASES)),
  /**
   * How many beds the facility keeps free for an emergency each night (docs/readiness.md);
   * null: as many as its active beds reserved for emergencies ("follow the beds").
   */
  emergencyReadyBeds: emergencyReadyBedsSchema.default(null),
  /** What a day of use holds until the desk records otherwise (meals, transport). */
  dayDefaults: dayDefaultsSchema.default(() => structuredClone(DEFAULT_DAY_DEFAULTS)),
  idleLockMinutes: idleLockMinutesSchema.default(10),
  qualifications: qualificationsSchema.default(() => [...DEFAULT_QUALIFICATIONS]),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * What `settings.update` accepts: any subset of the fields. Unlike `settingsSchema.partial()`,
 * a field left out stays out (zod would fill the defaults in), so changing the facility name
 * cannot reset the facility's domains or phrases.
 */
export const settingsUpdateSchema = settingsSchema
  .extend({
    address: facilityAddressSchema,
    phone: facilityPhoneSchema,
    providerNumber: providerNumberSchema,
    extraTrainingDomains: extraTrainingDomainsSchema,
    trainingPhrases: trainingPhrasesSchema,
    emergencyReadyBeds: emergencyReadyBedsSchema,
    dayDefaults: dayDefaultsSchema,
    idleLockMinutes: idleLockMinutesSchema,
    qualifications: qualificationsSchema,
  })
  .partial()
  .strict();

export const DEFAULT_SETTINGS: Settings = {
  facilityName: '',
  address: '',
  phone: '',
  providerNumber: '',
  fiscalYearStartMonth: 4,
  experienceAnnualCapDays: 30,
  experienceMaxDaysPerStay: 7,
  emergencyMaxDays: 7,
  consecutiveDaysLimit: null,
  extraTrainingDomains: [],
  trainingPhrases: DEFAULT_TRAINING_PHRASES,
  emergencyReadyBeds: null,
  dayDefaults: DEFAULT_DAY_DEFAULTS,
  idleLockMinutes: 10,
  qualifications: [...DEFAULT_QUALIFICATIONS],
};

export const bedSchema = z.object({
  id: idSchema,
  name: z
    .string()
    .trim()
    .min(1, fieldIssue('REQUIRED', true))
    .max(40, fieldIssue('TOO_LONG'))
    .refine(isVisibleName, VISIBLE_NAME),
  /** Room the bed is in, used to group rows on the calendar. */
  room: z.string().trim().max(40, fieldIssue('TOO_LONG')).optional(),
  allows: z.array(stayKindSchema).min(1, fieldIssue('NOT_CHOSEN')),
  emergencyReserved: z.boolean(),
  order: z.number().int(),
  active: z.boolean(),
});
export type Bed = z.infer<typeof bedSchema>;

/** A period when a bed takes nobody (repairs, cleaning, infection control). Nights `[start, end)`. */
export const bedBlockSchema = z.object({
  id: idSchema,
  bedId: idSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  reason: z.string().trim().min(1, fieldIssue('REQUIRED')).max(200, fieldIssue('TOO_LONG')),
});
export type BedBlock = z.infer<typeof bedBlockSchema>;

// Person fields refuse with catalogue codes, so a refusal reads the same in the service's
// answer and under the form field (renderer/src/common/catalogueResolver.ts), in either language.
function requiredText(max: number) {
  // `abort`: an empty field needs one message, not every check's.
  return z
    .string(fieldIssue('REQUIRED'))
    .trim()
    .min(1, fieldIssue('REQUIRED', true))
    .max(max, fieldIssue('TOO_LONG'))
    .refine(isVisibleName, VISIBLE_NAME);
}

function optionalText(max: number) {
  return z.string(fieldIssue('NOT_TEXT')).trim().max(max, fieldIssue('TOO_LONG')).optional();
}

/** A date field: a date on the calendar (INVALID_DATE), from 1900 to 2100. */
export function dateField() {
  return z.iso.date(fieldIssue('INVALID_DATE')).refine(isWithinDateBounds, DATE_OUT_OF_RANGE);
}

/** Hiragana, katakana (full-width), the long vowel mark, the middle dot and spaces. */
export const KANA_PATTERN =
  /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE \u3000]+$/u;

function kanaField() {
  return requiredText(80).regex(KANA_PATTERN, fieldIssue('NOT_KANA'));
}

/** Loose on purpose: numbers are written many ways (03-1234-5678, (03)1234-5678, +81…). */
const PHONE_PATTERN = /^\+?[\d\-()]{2,20}$/;

/** Full-width digits and hyphens are accepted and stored as ASCII (number-text.ts). */
function phoneField() {
  return z
    .string(fieldIssue('REQUIRED'))
    .overwrite(normalizePhoneNumber)
    .regex(PHONE_PATTERN, fieldIssue('INVALID_PHONE'));
}

export const registrationStatusSchema = z.enum(
  ['registered', 'pending', 'ended'],
  fieldIssue('NOT_CHOSEN'),
);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

export const registrationSchema = z.object({
  status: registrationStatusSchema,
  registeredOn: dateField().optional(),
  /** Who at the facility took the registration (a name or staff id). */
  registeredBy: optionalText(40),
  /** When the registration is next to be reviewed (見直し日). */
  reviewDate: dateField().optional(),
});
export type Registration = z.infer<typeof registrationSchema>;

/** A short-stay service authorisation (支給決定), dates inclusive. */
export const authorizationSchema = z.object({
  from: dateField(),
  to: dateField(),
  daysPerMonth: z
    .number(fieldIssue('INVALID_DAYS_PER_MONTH'))
    .int(fieldIssue('INVALID_DAYS_PER_MONTH'))
    .min(1, fieldIssue('INVALID_DAYS_PER_MONTH'))
    .max(31, fieldIssue('INVALID_DAYS_PER_MONTH'))
    .optional(),
});
export type Authorization = z.infer<typeof authorizationSchema>;

export const sexSchema = z.enum(['female', 'male', 'other'], fieldIssue('NOT_CHOSEN'));
export type Sex = z.infer<typeof sexSchema>;

/** 障害支援区分: 1–6, or 'none' (非該当). */
export const supportCategorySchema = z.enum(
  ['1', '2', '3', '4', '5', '6', 'none'],
  fieldIssue('NOT_CHOSEN'),
);
export type SupportCategory = z.infer<typeof supportCategorySchema>;

/** The plan consultation office (計画相談支援事業所) that coordinates the person's support. */
export const consultationOfficeSchema = z.object({
  office: requiredText(80),
  coordinator: optionalText(40),
  phone: phoneField().optional(),
});
export type ConsultationOffice = z.infer<typeof consultationOfficeSchema>;

/** An emergency contact (family, guardian…); the array order is the order to call them in. */
export const emergencyContactSchema = z.object({
  name: requiredText(40),
  relation: requiredText(20),
  phone: phoneField(),
  note: optionalText(200),
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

export const CARE_FLAGS = [
  'medical_care',
  'allergy',
  'seizure',
  'wheelchair',
  'diet_restriction',
  'behaviour_support',
] as const;
export const careFlagSchema = z.enum(CARE_FLAGS, fieldIssue('INVALID_CHOICE'));
export type CareFlag = z.infer<typeof careFlagSchema>;

/** The topics of the care notes, in the order the record and the emergency sheet show them. */
export const CARE_TOPICS = [
  'medications',
  'allergies',
  'medicalCare',
  'behaviourSupport',
  'diet',
  'mobility',
] as const;
export const careTopicSchema = z.enum(CARE_TOPICS, fieldIssue('INVALID_CHOICE'));
export type CareTopic = z.infer<typeof careTopicSchema>;

/**
 * What the night staff must know: free text per topic plus flags for a quick look. A topic with
 * nothing to know is marked 特になし (`nothingToNote`), so a blank is never mistaken for "none".
 */
export const careNotesSchema = z.object({
  medications: optionalText(1000),
  allergies: optionalText(1000),
  medicalCare: optionalText(1000),
  behaviourSupport: optionalText(1000),
  diet: optionalText(1000),
  mobility: optionalText(1000),
  flags: z.array(careFlagSchema),
  /** The topics confirmed to have nothing to note (特になし). */
  nothingToNote: z.array(careTopicSchema).max(CARE_TOPICS.length).optional(),
});
export type CareNotes = z.infer<typeof careNotesSchema>;

export const personSchema = z.object({
  id: idSchema,
  familyName: requiredText(40),
  givenName: requiredText(40),
  familyNameKana: kanaField(),
  givenNameKana: kanaField(),
  birthDate: dateField().optional(),
  sex: sexSchema.optional(),
  /** Stored as its ten digits: full-width digits, hyphens and spaces are accepted (number-text.ts). */
  certificateNumber: z
    .string(fieldIssue('INVALID_CERTIFICATE_NUMBER'))
    .overwrite(normalizeCertificateNumber)
    .regex(/^\d{10}$/, fieldIssue('INVALID_CERTIFICATE_NUMBER'))
    .optional(),
  supportCategory: supportCategorySchema.optional(),
  registration: registrationSchema,
  authorizations: z.array(authorizationSchema),
  consultationOffice: consultationOfficeSchema.optional(),
  /** Private: returned by persons.get only, shown only on the person record screen. */
  contacts: z.array(emergencyContactSchema).max(10).optional(),
  /** Private: returned by persons.get only, shown only on the person record screen. */
  careNotes: careNotesSchema.optional(),
});
export type Person = z.infer<typeof personSchema>;

/**
 * A person as lists and searches see them: without contacts and care notes, which stay on the
 * record screen (they must never reach a calendar hover or a list by accident).
 */
export const personListItemSchema = personSchema.omit({ contacts: true, careNotes: true });
export type PersonListItem = z.infer<typeof personListItemSchema>;

export const overrideSchema = z.object({
  rule: z.string().min(1),
  reason: z.string().trim().min(1).max(500),
  /** Who approved the override (the acting staff member). */
  approvedBy: z.string().optional(),
});
export type Override = z.infer<typeof overrideSchema>;

export const stayDraftSchema = z.object({
  personId: idSchema,
  bedId: idSchema,
  kind: stayKindSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  status: draftStatusSchema.optional(),
  note: z.string().max(1000).optional(),
});
export type StayDraft = z.infer<typeof stayDraftSchema>;

/**
 * Who wrote a record. Today the writer types their name (`name`; a staff id, when known, in
 * `id`); once staff sign in, both come from the session and nothing else changes.
 */
export const authorSchema = z.object({
  id: z.string().max(64).optional(),
  name: z.string().trim().min(1, fieldIssue('REQUIRED')).max(40, fieldIssue('TOO_LONG')),
});
export type Author = z.infer<typeof authorSchema>;

/** One version of the care staff's comments on a stay (職員所見), printed on its summary. */
export const staffCommentVersionSchema = z.object({
  text: z.string().trim().max(2000, fieldIssue('TOO_LONG')),
  author: authorSchema,
  /** When this version was written. */
  writtenAt: timestampSchema,
});
export type StaffCommentVersion = z.infer<typeof staffCommentVersionSchema>;

/** The comments as they are now, with the versions they replaced (oldest first), kept. */
export const staffCommentSchema = staffCommentVersionSchema.extend({
  earlier: z.array(staffCommentVersionSchema).max(200).optional(),
});
export type StaffComment = z.infer<typeof staffCommentSchema>;

/**
 * A stay. Its dates have at least one night (`end > start`), except a stay checked out on its
 * arrival date (a same-day departure: `completed` with `end == start`, one day of use and no
 * night); see `shared/domain/stay-lifecycle.ts`.
 */
export const staySchema = stayDraftSchema.extend({
  id: idSchema,
  status: stayStatusSchema,
  createdAt: timestampSchema,
  /**
   * When the guest was checked in and what the booking was before, so that a mistaken
   * check-in can be undone the same day (stays checked in before this was kept have none).
   */
  checkedIn: z.object({ at: timestampSchema, from: draftStatusSchema }).optional(),
  updatedAt: timestampSchema.optional(),
  bumpedBy: idSchema.optional(),
  cutShortBy: idSchema.optional(),
  /** For a booking made to give a bumped stay new dates: the bumped stay. */
  rebookOf: idSchema.optional(),
  /** For a bumped stay whose family took new dates: the booking made for them. */
  rebookedAs: idSchema.optional(),
  /** The emergency stay that this booking, not started, was shortened for (it ends on its start). */
  shortenedBy: idSchema.optional(),
  contactedAt: timestampSchema.optional(),
  cancelReason: z.string().optional(),
  /** Why the stay was bumped or cut short (shown on the to-contact list). */
  bumpReason: z.string().optional(),
  /** Original departure date of a stay that was cut short, shortened or checked out early. */
  originalEnd: isoDateSchema.optional(),
  overrides: z.array(overrideSchema),
  /** Codes of the warnings shown when the stay was booked or last changed. */
  warnings: z.array(z.string()).optional(),
  /** Training goals per domain (目標), set at check-in. */
  goals: z.record(trainingDomainSchema, z.string().max(500)).optional(),
  /**
   * The care staff's comments for the stay summary (職員所見), with who wrote them and when.
   * Not the booking `note`, which is the desk's and never printed.
   */
  staffComment: staffCommentSchema.optional(),
  /** An emergency stay's request: why, when and who asked (emergency-intake.ts). */
  intake: emergencyIntakeSchema.optional(),
  /** The manager's unavoidable reason: the emergency add-on counts 14 days instead of 7. */
  addOnExtension: addOnExtensionSchema.optional(),
});
export type Stay = z.infer<typeof staySchema>;

export const supportLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type SupportLevel = z.infer<typeof supportLevelSchema>;

/** A version of a training record as it was before an edit (kept so edits stay visible). */
export const trainingRecordVersionSchema = z.object({
  level: supportLevelSchema,
  activity: z.string().max(500).optional(),
  note: z.string().max(1000).optional(),
  /** The name typed as 記録者 before staff signed in: kept and shown as it was. */
  staffId: z.string().max(64).optional(),
  /** The staff id of who wrote this version (from their session). */
  recordedBy: idSchema.optional(),
  /** When this version was written. */
  at: timestampSchema,
});
export type TrainingRecordVersion = z.infer<typeof trainingRecordVersionSchema>;

export const trainingRecordSchema = z.object({
  id: idSchema,
  stayId: idSchema,
  date: isoDateSchema,
  domain: trainingDomainSchema,
  level: supportLevelSchema,
  activity: z.string().max(500).optional(),
  note: z.string().max(1000).optional(),
  /**
   * Records written before staff signed in: the 記録者 as it was typed (free text), kept and
   * shown as it was. Never written any more.
   */
  staffId: z.string().max(64).optional(),
  /** The staff id of who wrote the record as it is now, taken from their session. */
  recordedBy: idSchema.optional(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
  /** Earlier versions, oldest first; set by the service on every update, never by the caller. */
  history: z.array(trainingRecordVersionSchema).max(200).optional(),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

export const violationSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'override', 'warning']),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type Violation = z.infer<typeof violationSchema>;
export type Severity = Violation['severity'];

export const offerSchema = z.object({ bedId: idSchema, start: isoDateSchema, end: isoDateSchema });
export type RescheduleOffer = z.infer<typeof offerSchema>;

const newEndSchema = z.object({ stayId: idSchema, newEnd: isoDateSchema });

/** A reason of a plan as a code and its figures (see `shared/planner/reasons.ts`). */
export const planReasonSchema = z.object({
  code: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const emergencyPlanSchema = z.object({
  bedId: idSchema,
  bumped: z.array(idSchema),
  /** Guests in the facility who leave on the emergency's start date. */
  cutShort: z.array(newEndSchema),
  /**
   * Bookings not started that begin before the emergency: they keep those nights and end on
   * its start instead of being bumped whole.
   */
  shortened: z.array(newEndSchema),
  offers: z.record(z.string(), z.array(offerSchema)),
  violations: z.array(violationSchema),
  /** The reasons in Japanese sentences; `explanations` has them as codes with figures. */
  reasons: z.array(z.string()),
  explanations: z.array(planReasonSchema),
});
export type EmergencyPlan = z.infer<typeof emergencyPlanSchema>;

/**
 * One line of the append-only audit trail: who did what to which record, and when. It names
 * the fields that changed, never their values, so no personal data is copied into the log.
 */
export const auditEntrySchema = z.object({
  at: timestampSchema,
  /**
   * Who acted: a staff id since staff sign in (`system` for the app's own work, `signed-out` for
   * a sign-in attempt); entries written before then name the computer's user account.
   */
  actor: z.string(),
  /** The staff member's name when they acted (entries before staff sign in have none). */
  actorName: z.string().optional(),
  action: z.string(),
  entity: z.enum(['settings', 'bed', 'bedBlock', 'person', 'stay', 'training', 'storage', 'staff']),
  entityId: z.string().optional(),
  fields: z.array(z.string()).optional(),
  /** Non-personal facts, e.g. a status transition or the rule codes overridden. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  /**
   * The change (one repository write) the entry belongs to, stamped by the store: entries are
   * written before their change, and a change that then fails is marked `change.failed`.
   */
  change: z.string().max(64).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
