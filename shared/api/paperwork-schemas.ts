/**
 * The values of the paperwork channels (実績記録票, day facts, reports), as zod schemas the
 * contract names; the figures come from the pure functions in `shared/paperwork/` and
 * `shared/reports/`.
 */
import { z } from 'zod';
import { dayStatusSchema, mealsSchema } from '../domain/day-facts-schema';
import { EMERGENCY_REASONS, EMERGENCY_REQUESTERS } from '../domain/emergency-intake';
import {
  bedSchema,
  DATE_OUT_OF_RANGE,
  idSchema,
  isWithinDateBounds,
  isoDateSchema,
  personSchema,
  registrationStatusSchema,
  stayStatusSchema,
  timestampSchema,
} from '../domain/schemas';
import { dayFactsSchema, stayDaySchema } from '../domain/stay-day';
import { RECORD_CHECK_CODES } from '../paperwork/record-checks';

/** A calendar month, `YYYY-MM`, within the dates any input may name (1900–2100). */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is YYYY-MM')
  .refine((month) => isWithinDateBounds(`${month}-01`), DATE_OUT_OF_RANGE);
/** A fiscal year of the papers: from 平成 (1989) while the whole year stays within 2100. */
export const fiscalYearSchema = z.number().int().min(1989).max(2099);

/** What the 実績記録票 prints about the guest: names and the recipient certificate number. */
export const recordPersonSchema = personSchema.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  certificateNumber: true,
});
export type RecordPerson = z.infer<typeof recordPersonSchema>;

/** The facility as its papers name it. */
export const providerSchema = z.object({
  number: z.string(),
  name: z.string(),
  /** As set on 施設設定; empty when not set. */
  address: z.string(),
});

export const recordDaySchema = z.object({
  date: isoDateSchema,
  status: dayStatusSchema,
  stayId: idSchema,
  pickup: z.boolean(),
  dropoff: z.boolean(),
  meals: mealsSchema,
  daytimeElsewhere: z.boolean(),
  emergencyAddOn: z.boolean(),
  note: z.string().optional(),
  /** False while the day holds the defaults (nobody has recorded it). */
  saved: z.boolean(),
});

export const recordTotalsSchema = z.object({
  days: z.number().int(),
  pickups: z.number().int(),
  dropoffs: z.number().int(),
  breakfasts: z.number().int(),
  lunches: z.number().int(),
  dinners: z.number().int(),
  emergencyAddOnDays: z.number().int(),
});

export const recordCheckSchema = z.object({
  code: z.enum(RECORD_CHECK_CODES),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** records.month: one guest's 実績記録票 for a month, and what looks wrong on it. */
export const monthRecordSchema = z.object({
  month: monthSchema,
  person: recordPersonSchema,
  provider: providerSchema,
  /** 契約支給量: days per month of the authorisation covering the month; null when none sets it. */
  allowance: z.number().int().nullable(),
  days: z.array(recordDaySchema),
  totals: recordTotalsSchema,
  checks: z.array(recordCheckSchema),
});
export type MonthRecord = z.infer<typeof monthRecordSchema>;

/** The add-on count the stay panel shows (shared/paperwork/emergency-add-on.ts). */
export const addOnCountSchema = z.object({
  days: z.number().int(),
  daysSoFar: z.number().int(),
  limit: z.number().int(),
  daysBeyond: z.number().int(),
  extended: z.boolean(),
});

/** stays.days: every day of use of a stay with the facts it holds, saved or default. */
export const stayDaysSchema = z.object({
  stayId: idSchema,
  days: z.array(
    z.object({
      date: isoDateSchema,
      status: dayStatusSchema,
      facts: dayFactsSchema,
      /** What the day would hold unrecorded (the settings' defaults for its status). */
      defaults: dayFactsSchema,
      emergencyAddOn: z.boolean(),
      saved: stayDaySchema.nullable(),
    }),
  ),
  addOn: addOnCountSchema.nullable(),
});
export type StayDays = z.infer<typeof stayDaysSchema>;

const personNames = personSchema.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
});

export const occupancyReportSchema = z.object({
  fiscalYear: z.number().int(),
  months: z.array(monthSchema),
  beds: z.array(bedSchema.pick({ id: true, name: true, room: true, active: true })),
  cells: z.array(
    z.object({
      bedId: idSchema,
      month: monthSchema,
      nights: z.number().int(),
      available: z.number().int(),
    }),
  ),
});
export type OccupancyReport = z.infer<typeof occupancyReportSchema>;

export const experienceReportSchema = z.object({
  fiscalYear: z.number().int(),
  cap: z.number().int(),
  rows: z.array(
    z.object({
      person: personNames,
      days: z.number().int(),
      stays: z.number().int(),
      remaining: z.number().int(),
    }),
  ),
});
export type ExperienceReport = z.infer<typeof experienceReportSchema>;

const displacementSchema = z.object({
  stayId: idSchema,
  person: personNames.nullable(),
  effect: z.enum(['bumped', 'cutShort', 'shortened']),
  outcome: z.enum(['waiting', 'contacted', 'rebooked', 'leftEarly', 'endsEarlier']),
  nightsLost: z.number().int(),
});

export const emergencyReportSchema = z.object({
  fiscalYear: z.number().int(),
  entries: z.array(
    z.object({
      stayId: idSchema,
      person: personNames.nullable(),
      start: isoDateSchema,
      end: isoDateSchema,
      status: stayStatusSchema,
      days: z.number().int(),
      addOnDays: z.number().int(),
      reason: z.enum(EMERGENCY_REASONS).optional(),
      reasonText: z.string().optional(),
      requestedBy: z.enum(EMERGENCY_REQUESTERS).optional(),
      requestedAt: timestampSchema.optional(),
      displaced: z.array(displacementSchema),
    }),
  ),
});
export type EmergencyReport = z.infer<typeof emergencyReportSchema>;

const registrationCountsSchema = z.object({
  registered: z.number().int(),
  newInPeriod: z.number().int(),
  pending: z.number().int(),
  ended: z.number().int(),
});

export const registrationReportSchema = z.object({
  fiscalYear: z.number().int(),
  counts: registrationCountsSchema,
  rows: z.array(
    z.object({
      person: personNames,
      status: registrationStatusSchema,
      registeredOn: isoDateSchema.optional(),
      reviewDate: isoDateSchema.optional(),
    }),
  ),
});
export type RegistrationReport = z.infer<typeof registrationReportSchema>;

const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

/** reports.year: the 拠点's yearly review, aggregates only (no names, no ids of persons). */
export const yearlyReportSchema = z.object({
  fiscalYear: z.number().int(),
  from: isoDateSchema,
  to: isoDateSchema,
  registrations: registrationCountsSchema,
  emergencies: z.object({
    count: z.number().int(),
    persons: z.number().int(),
    days: z.number().int(),
    addOnDays: z.number().int(),
    byReason: countsOf([...EMERGENCY_REASONS, 'unrecorded'] as const),
    byRequester: countsOf([...EMERGENCY_REQUESTERS, 'unrecorded'] as const),
  }),
  experience: z.object({
    stays: z.number().int(),
    days: z.number().int(),
    persons: z.number().int(),
    personsAtCap: z.number().int(),
  }),
  bumps: z.object({
    bumped: z.number().int(),
    cutShort: z.number().int(),
    shortened: z.number().int(),
    nightsLost: z.number().int(),
    outcomes: countsOf(['waiting', 'contacted', 'rebooked', 'leftEarly', 'endsEarlier'] as const),
  }),
  occupancy: z.object({
    nights: z.number().int(),
    available: z.number().int(),
    rate: z.number(),
    byMonth: z.array(
      z.object({
        month: monthSchema,
        nights: z.number().int(),
        available: z.number().int(),
        rate: z.number(),
      }),
    ),
  }),
});
export type YearlyReportValue = z.infer<typeof yearlyReportSchema>;

export const CSV_REPORTS = [
  'monthly-records',
  'occupancy',
  'emergencies',
  'experience-usage',
  'registrations',
] as const;
export type CsvReport = (typeof CSV_REPORTS)[number];
