/**
 * A day of a stay as the desk recorded it (日々の記録). A day nobody recorded holds the defaults
 * of its kind of day (settings.dayDefaults), so the desk changes only the exceptions; once saved,
 * a day keeps each earlier version, like a training record, because the 実績記録票 is evidence.
 */
import { z } from 'zod';
import { mealsSchema } from './day-facts-schema';
import { fieldIssue, idSchema, isoDateSchema, timestampSchema } from './schemas';

export const dayNoteSchema = z
  .string(fieldIssue('NOT_TEXT'))
  .trim()
  .max(200, fieldIssue('TOO_LONG'));

/** What the desk records about a day: what the 実績記録票 prints for it. */
export const dayFactsSchema = z.object({
  meals: mealsSchema,
  /** 送迎 往: the facility brought the guest in. */
  pickup: z.boolean(),
  /** 送迎 復: the facility took the guest home. */
  dropoff: z.boolean(),
  /** The guest spent the day at their own day activity (日中活動先), away from the facility. */
  daytimeElsewhere: z.boolean().optional(),
  note: dayNoteSchema.optional(),
});
export type DayFacts = z.infer<typeof dayFactsSchema>;

/** A version of a day as it was before an edit. */
export const stayDayVersionSchema = dayFactsSchema.extend({
  recordedBy: z.string().max(64).optional(),
  /** When this version was written. */
  at: timestampSchema,
});
export type StayDayVersion = z.infer<typeof stayDayVersionSchema>;

export const stayDaySchema = dayFactsSchema.extend({
  id: idSchema,
  stayId: idSchema,
  date: isoDateSchema,
  /** Who recorded it (the acting member of staff). */
  recordedBy: z.string().max(64).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema.optional(),
  /** Earlier versions, oldest first; set by the service on every change, never by the caller. */
  history: z.array(stayDayVersionSchema).max(200).optional(),
});
export type StayDay = z.infer<typeof stayDaySchema>;

function sameFacts(a: DayFacts, b: DayFacts): boolean {
  return (
    a.meals.breakfast === b.meals.breakfast &&
    a.meals.lunch === b.meals.lunch &&
    a.meals.dinner === b.meals.dinner &&
    a.pickup === b.pickup &&
    a.dropoff === b.dropoff &&
    (a.daytimeElsewhere ?? false) === (b.daytimeElsewhere ?? false) &&
    (a.note ?? '') === (b.note ?? '')
  );
}

/** The facts alone, without who and when. */
export function factsOf(day: DayFacts): DayFacts {
  return {
    meals: { ...day.meals },
    pickup: day.pickup,
    dropoff: day.dropoff,
    ...(day.daytimeElsewhere !== undefined ? { daytimeElsewhere: day.daytimeElsewhere } : {}),
    ...(day.note !== undefined && day.note !== '' ? { note: day.note } : {}),
  };
}

/**
 * The history after saving `next` over `before`: the version replaced is appended (oldest first)
 * when the facts changed; saving the same facts again adds nothing.
 */
export function dayHistoryAfterEdit(before: StayDay, next: DayFacts): StayDayVersion[] | undefined {
  if (sameFacts(before, next)) return before.history;
  const version: StayDayVersion = {
    ...factsOf(before),
    ...(before.recordedBy !== undefined ? { recordedBy: before.recordedBy } : {}),
    at: before.updatedAt ?? before.createdAt,
  };
  return [...(before.history ?? []), version];
}

/** True when saving `next` would change nothing. */
export function sameDayFacts(before: DayFacts, next: DayFacts): boolean {
  return sameFacts(before, next);
}
