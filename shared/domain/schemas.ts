/**
 * The data model, defined once as zod schemas. Every TypeScript type of the domain is inferred
 * from these, so what is validated at a boundary (IPC, HTTP, files on disk) is exactly what the
 * code is typed against.
 */
import { z } from 'zod';

/** A plain calendar date in Japan time, `YYYY-MM-DD`, that exists on the calendar. */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/** An instant, ISO 8601 with offset (`2026-05-12T09:30:00.000Z`). */
export const timestampSchema = z.iso.datetime({ offset: true });

export const idSchema = z.string().min(1).max(64);

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

export const settingsSchema = z.object({
  facilityName: z.string().max(100),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  experienceAnnualCapDays: z.number().int().min(1).max(366),
  experienceMaxDaysPerStay: z.number().int().min(1).max(366),
  emergencyMaxDays: z.number().int().min(1).max(366),
  consecutiveDaysLimit: z.number().int().min(1).max(366).nullable(),
  /** Facility-defined training domains beyond the five defaults. */
  extraTrainingDomains: z
    .array(z.object({ id: trainingDomainSchema, label: z.string().min(1).max(40) }))
    .default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  facilityName: '',
  fiscalYearStartMonth: 4,
  experienceAnnualCapDays: 30,
  experienceMaxDaysPerStay: 7,
  emergencyMaxDays: 7,
  consecutiveDaysLimit: null,
  extraTrainingDomains: [],
};

export const bedSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(40),
  /** Room the bed is in, used to group rows on the calendar. */
  room: z.string().trim().max(40).optional(),
  allows: z.array(stayKindSchema).min(1),
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
  reason: z.string().trim().min(1).max(200),
});
export type BedBlock = z.infer<typeof bedBlockSchema>;

export const registrationSchema = z.object({
  status: z.enum(['registered', 'pending', 'ended']),
  registeredOn: isoDateSchema.optional(),
});

/** A short-stay service authorisation (支給決定), dates inclusive. */
export const authorizationSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  daysPerMonth: z.number().int().min(1).max(31).optional(),
});
export type Authorization = z.infer<typeof authorizationSchema>;

export const personSchema = z.object({
  id: idSchema,
  familyName: z.string().trim().min(1).max(40),
  givenName: z.string().trim().min(1).max(40),
  familyNameKana: z.string().trim().min(1).max(80),
  givenNameKana: z.string().trim().min(1).max(80),
  birthDate: isoDateSchema.optional(),
  certificateNumber: z
    .string()
    .regex(/^\d{10}$/, 'certificate number is 10 digits')
    .optional(),
  registration: registrationSchema,
  authorizations: z.array(authorizationSchema),
});
export type Person = z.infer<typeof personSchema>;

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

export const staySchema = stayDraftSchema.extend({
  id: idSchema,
  status: stayStatusSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema.optional(),
  bumpedBy: idSchema.optional(),
  cutShortBy: idSchema.optional(),
  contactedAt: timestampSchema.optional(),
  cancelReason: z.string().optional(),
  /** Why the stay was bumped or cut short (shown on the to-contact list). */
  bumpReason: z.string().optional(),
  /** Original departure date of a stay that was cut short or checked out early. */
  originalEnd: isoDateSchema.optional(),
  overrides: z.array(overrideSchema),
  /** Codes of the warnings shown when the stay was booked or last changed. */
  warnings: z.array(z.string()).optional(),
  /** Training goals per domain (目標), set at check-in. */
  goals: z.record(trainingDomainSchema, z.string().max(500)).optional(),
});
export type Stay = z.infer<typeof staySchema>;

export const supportLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type SupportLevel = z.infer<typeof supportLevelSchema>;

export const trainingRecordSchema = z.object({
  id: idSchema,
  stayId: idSchema,
  date: isoDateSchema,
  domain: trainingDomainSchema,
  level: supportLevelSchema,
  activity: z.string().max(500).optional(),
  note: z.string().max(1000).optional(),
  staffId: z.string().max(64).optional(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
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

export const emergencyPlanSchema = z.object({
  bedId: idSchema,
  bumped: z.array(idSchema),
  cutShort: z.array(z.object({ stayId: idSchema, newEnd: isoDateSchema })),
  offers: z.record(z.string(), z.array(offerSchema)),
  violations: z.array(violationSchema),
  reasons: z.array(z.string()),
});
export type EmergencyPlan = z.infer<typeof emergencyPlanSchema>;

/**
 * One line of the append-only audit trail: who did what to which record, and when. It names
 * the fields that changed, never their values, so no personal data is copied into the log.
 */
export const auditEntrySchema = z.object({
  at: timestampSchema,
  actor: z.string(),
  action: z.string(),
  entity: z.enum(['settings', 'bed', 'bedBlock', 'person', 'stay', 'training', 'storage']),
  entityId: z.string().optional(),
  fields: z.array(z.string()).optional(),
  /** Non-personal facts, e.g. a status transition or the rule codes overridden. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
