/**
 * The API contract: one table of channels, each with the zod schema of its input and of its
 * value. The dispatcher, the Electron preload, the browser host and the renderer client are all
 * typed from this table, so adding a channel is one entry here plus one service function.
 */
import { z } from 'zod';
import {
  bedBlockSchema,
  bedSchema,
  emergencyPlanSchema,
  idSchema,
  isoDateSchema,
  personSchema,
  settingsSchema,
  stayDraftSchema,
  staySchema,
  stayStatusSchema,
  trainingRecordSchema,
  violationSchema,
  overrideSchema,
} from '../domain/schemas';

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const overrides = z.array(overrideSchema.pick({ rule: true, reason: true })).optional();

export const usageSchema = z.object({
  fiscalYear: z.number().int(),
  experienceDays: z.number().int(),
  cap: z.number().int(),
  remaining: z.number().int(),
});

export const storageStatusSchema = z.object({
  ok: z.boolean(),
  dataDir: z.string(),
  damaged: z.array(z.object({ file: z.string(), keptAs: z.string(), problem: z.string() })),
  newestBackup: z.string().nullable(),
  backups: z.array(z.string()),
});
export type StorageStatus = z.infer<typeof storageStatusSchema>;

export const summarySchema = z.object({
  facilityName: z.string(),
  stay: staySchema,
  person: personSchema.pick({
    id: true,
    familyName: true,
    givenName: true,
    familyNameKana: true,
    givenNameKana: true,
    certificateNumber: true,
  }),
  bed: bedSchema.pick({ id: true, name: true, room: true }),
  daysUsed: z.number().int(),
  fiscalYearUsage: usageSchema,
  domains: z.array(z.string()),
  goals: z.record(z.string(), z.string()),
  records: z.array(trainingRecordSchema),
  progress: z.record(
    z.string(),
    z.object({ first: trainingRecordSchema.shape.level, last: trainingRecordSchema.shape.level }),
  ),
});
export type StaySummary = z.infer<typeof summarySchema>;

const dateRange = z.object({ from: isoDateSchema, to: isoDateSchema }).strict();
const emergencyRequest = z
  .object({ personId: idSchema, start: isoDateSchema, end: isoDateSchema })
  .strict();

export const contract = {
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
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
  'persons.search': {
    input: z.object({ text: z.string().max(100).optional() }).strict(),
    output: z.array(personSchema),
  },
  'persons.get': { input: byId, output: personSchema },
  'persons.save': {
    input: z.object({ person: personSchema.partial({ id: true }) }).strict(),
    output: personSchema,
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
  'stays.checkOut': {
    input: z.object({ id: idSchema, date: isoDateSchema.optional() }).strict(),
    output: staySchema,
  },
  'stays.toContact': { input: empty, output: z.array(staySchema) },
  'stays.markContacted': { input: byId, output: staySchema },
  'emergency.plan': { input: emergencyRequest, output: emergencyPlanSchema },
  'emergency.commit': {
    input: emergencyRequest
      .extend({
        expect: z
          .object({ bedId: idSchema, bumped: z.array(idSchema) })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({
      stay: staySchema,
      bumped: z.array(staySchema),
      cutShort: z.array(staySchema),
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
    input: z.object({ record: trainingRecordSchema.partial({ id: true }) }).strict(),
    output: trainingRecordSchema,
  },
  'training.delete': { input: byId, output: empty },
  'summary.get': { input: z.object({ stayId: idSchema }).strict(), output: summarySchema },
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
