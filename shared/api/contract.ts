/**
 * The API contract: one table of channels, each with the zod schema of its input and of its
 * value. The dispatcher, the Electron preload, the browser host and the renderer client are all
 * typed from this table, so adding a channel is one entry here plus one service function.
 */
import { z } from 'zod';
import {
  auditEntrySchema,
  bedBlockSchema,
  bedSchema,
  emergencyPlanSchema,
  idSchema,
  isoDateSchema,
  offerSchema,
  personListItemSchema,
  personSchema,
  settingsSchema,
  settingsUpdateSchema,
  stayDraftSchema,
  staySchema,
  stayStatusSchema,
  trainingDomainSchema,
  trainingRecordSchema,
  violationSchema,
  overrideSchema,
} from '../domain/schemas';
import { PERSON_SAVE_WARNINGS } from './errors';

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const overrides = z.array(overrideSchema.pick({ rule: true, reason: true })).optional();

export const usageSchema = z.object({
  fiscalYear: z.number().int(),
  experienceDays: z.number().int(),
  cap: z.number().int(),
  remaining: z.number().int(),
});

/** usage.get's figures for one fiscal year, split at today into days used and days booked. */
export const usageSplitSchema = usageSchema.extend({
  usedDays: z.number().int(),
  bookedDays: z.number().int(),
});

export const storageStatusSchema = z.object({
  ok: z.boolean(),
  dataDir: z.string(),
  damaged: z.array(z.object({ file: z.string(), keptAs: z.string(), problem: z.string() })),
  newestBackup: z.string().nullable(),
  backups: z.array(z.string()),
});
export type StorageStatus = z.infer<typeof storageStatusSchema>;

/**
 * A person as screens that only name them see them: names and whether they still need
 * registering (the desk's follow-up), no contacts, care notes or other details. Parsing a
 * full record with it strips everything else.
 */
export const personNameSchema = personSchema.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  registration: true,
});

export type PersonName = z.infer<typeof personNameSchema>;

export const bedNameSchema = bedSchema.pick({ id: true, name: true, room: true });

export const summarySchema = z.object({
  facilityName: z.string(),
  stay: staySchema,
  person: personNameSchema.extend({ certificateNumber: personSchema.shape.certificateNumber }),
  bed: bedNameSchema,
  daysUsed: z.number().int(),
  fiscalYearUsage: usageSchema,
  domains: z.array(z.string()),
  /** Names of the facility-added domains (the five defaults are named by the renderer). */
  domainLabels: z.record(z.string(), z.string()),
  goals: z.record(z.string(), z.string()),
  records: z.array(trainingRecordSchema),
  progress: z.record(
    z.string(),
    z.object({ first: trainingRecordSchema.shape.level, last: trainingRecordSchema.shape.level }),
  ),
});
export type StaySummary = z.infer<typeof summarySchema>;

/** A guest in the facility on a date, with what tonight's records screen needs beside them. */
export const tonightGuestSchema = z.object({
  stay: staySchema,
  person: personNameSchema,
  bed: bedNameSchema,
  goals: z.record(z.string(), z.string()),
  records: z.array(trainingRecordSchema),
});
export type TonightGuest = z.infer<typeof tonightGuestSchema>;

/** Per domain of one stay: the first, last and average recorded level. */
export const domainProgressSchema = z.object({
  first: trainingRecordSchema.shape.level,
  last: trainingRecordSchema.shape.level,
  average: z.number(),
  days: z.number().int(),
});
export const stayProgressSchema = z.object({
  stayId: idSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  status: stayStatusSchema,
  domains: z.record(z.string(), domainProgressSchema),
});
export type StayProgress = z.infer<typeof stayProgressSchema>;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is YYYY-MM');
/** A route of the app's print pages, the only pages the print channels will load. */
const printRouteSchema = z.string().regex(/^\/print\/[A-Za-z0-9/_-]{1,200}$/, 'a /print/… route');

const dateRange = z.object({ from: isoDateSchema, to: isoDateSchema }).strict();
const emergencyRequest = z
  .object({ personId: idSchema, start: isoDateSchema, end: isoDateSchema })
  .strict();

export const contract = {
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsUpdateSchema, output: settingsSchema },
  'beds.list': { input: empty, output: z.array(bedSchema) },
  'beds.save': {
    input: z.object({ bed: bedSchema.partial({ id: true }) }).strict(),
    output: bedSchema,
  },
  'beds.block': {
    input: bedBlockSchema.omit({ id: true }).strict(),
    output: bedBlockSchema,
  },
  'beds.blocks': { input: dateRange, output: z.array(bedBlockSchema) },
  /** Reopens a bed: removes one block; answers the block removed. */
  'beds.unblock': { input: byId, output: bedBlockSchema },
  // Privacy: search answers persons WITHOUT contacts and careNotes; only persons.get has them.
  'persons.search': {
    input: z.object({ text: z.string().max(100).optional() }).strict(),
    output: z.array(personListItemSchema),
  },
  'persons.get': { input: byId, output: personSchema },
  /**
   * Names only, for screens that show who stays (week, today, plans): they never receive
   * contacts or care notes. Unknown ids are left out.
   */
  'persons.names': {
    input: z.object({ ids: z.array(idSchema).max(500) }).strict(),
    output: z.array(personNameSchema),
  },
  'persons.save': {
    input: z
      .object({
        person: personSchema.partial({ id: true }),
        /** Warnings the user has seen and confirmed, e.g. a possible duplicate. */
        acknowledge: z.array(z.enum(PERSON_SAVE_WARNINGS)).optional(),
      })
      .strict(),
    output: personSchema,
  },
  /**
   * Experience usage per fiscal year for the record screen: this year first, then each earlier
   * year with any experience day (same count as usage.get, split at today).
   */
  'persons.usage': {
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(usageSplitSchema),
  },
  /** The person's stays, every status, past and future, newest first. */
  'persons.stays': {
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(staySchema),
  },
  'stays.list': { input: dateRange, output: z.array(staySchema) },
  'stays.get': { input: byId, output: staySchema },
  'stays.check': {
    input: z.object({ draft: stayDraftSchema, stayId: idSchema.optional() }).strict(),
    output: z.object({ violations: z.array(violationSchema) }),
  },
  'stays.create': {
    input: z.object({ draft: stayDraftSchema, overrides }).strict(),
    output: staySchema,
  },
  'stays.update': {
    input: z
      .object({
        id: idSchema,
        changes: z
          .object({
            bedId: idSchema,
            start: isoDateSchema,
            end: isoDateSchema,
            status: stayStatusSchema,
            note: z.string().max(1000),
            goals: z.record(trainingDomainSchema, z.string().max(500)),
          })
          .partial()
          .strict(),
        overrides,
      })
      .strict(),
    output: staySchema,
  },
  'stays.cancel': {
    input: z.object({ id: idSchema, reason: z.string().trim().min(1).max(500) }).strict(),
    output: staySchema,
  },
  'stays.checkIn': { input: byId, output: staySchema },
  /** Undoes a check-in made by mistake, on the day it was made; answers the booking again. */
  'stays.undoCheckIn': { input: byId, output: staySchema },
  'stays.checkOut': {
    input: z.object({ id: idSchema, date: isoDateSchema.optional() }).strict(),
    output: staySchema,
  },
  'stays.toContact': { input: empty, output: z.array(staySchema) },
  'stays.markContacted': { input: byId, output: staySchema },
  /** The audit trail of one stay (who did what, when), newest first. */
  'stays.history': { input: byId, output: z.array(auditEntrySchema) },
  /** Up to three reschedule offers for a bumped stay, computed from the data as it is now. */
  'stays.offers': { input: byId, output: z.array(offerSchema) },
  'emergency.plan': { input: emergencyRequest, output: emergencyPlanSchema },
  'emergency.commit': {
    input: emergencyRequest
      .extend({
        expect: z
          .object({
            bedId: idSchema,
            bumped: z.array(idSchema),
            /** The stays the plan shown would shorten; checked when given. */
            shortened: z.array(idSchema).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({
      stay: staySchema,
      bumped: z.array(staySchema),
      cutShort: z.array(staySchema),
      /** Bookings not started that now end on the emergency's start. */
      shortened: z.array(staySchema),
    }),
  },
  'usage.get': {
    input: z
      .object({ personId: idSchema, fiscalYear: z.number().int().min(1989).max(2200).optional() })
      .strict(),
    output: usageSchema,
  },
  'training.list': {
    input: z.object({ stayId: idSchema }).strict(),
    output: z.array(trainingRecordSchema),
  },
  'training.save': {
    input: z
      .object({ record: trainingRecordSchema.omit({ history: true }).partial({ id: true }) })
      .strict(),
    output: trainingRecordSchema,
  },
  'training.delete': { input: byId, output: empty },
  'summary.get': { input: z.object({ stayId: idSchema }).strict(), output: summarySchema },
  'training.tonight': {
    input: z.object({ date: isoDateSchema.optional() }).strict(),
    output: z.array(tonightGuestSchema),
  },
  'training.progress': {
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(stayProgressSchema),
  },
  'summary.month': {
    input: z.object({ month: monthSchema }).strict(),
    output: z.array(summarySchema),
  },
  'print.preview': { input: z.object({ route: printRouteSchema }).strict(), output: empty },
  'print.savePdf': {
    input: z.object({ route: printRouteSchema }).strict(),
    /** Where the PDF was saved; null when the user cancelled the save dialog. */
    output: z.object({ path: z.string().nullable() }),
  },
  'storage.status': { input: empty, output: storageStatusSchema },
  'storage.restoreBackup': {
    input: z.object({ backup: z.string().min(1).max(100) }).strict(),
    output: storageStatusSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** Channels that still answer while the store is damaged, so the user can restore a backup. */
export const RECOVERY_CHANNELS: ReadonlySet<Channel> = new Set([
  'storage.status',
  'storage.restoreBackup',
]);
