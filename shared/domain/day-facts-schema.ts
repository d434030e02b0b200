/**
 * The facts of one day of a stay (日々の記録) that the month's paperwork prints: meals provided,
 * transport by the facility, a day spent at the guest's own day activity, a note. Only zod here,
 * so the settings schema can hold the defaults without an import cycle.
 */
import { z } from 'zod';

/**
 * What a day of use is for the 実績記録票's サービス提供の状況: the arrival day (入所), a day
 * in between, the departure day (退所), or a day-use (arrival and departure on one date).
 */
export const DAY_STATUSES = ['arrival', 'stay', 'departure', 'day-use'] as const;
export const dayStatusSchema = z.enum(DAY_STATUSES);
export type DayStatus = z.infer<typeof dayStatusSchema>;

export const mealsSchema = z
  .object({ breakfast: z.boolean(), lunch: z.boolean(), dinner: z.boolean() })
  .strict();
export type Meals = z.infer<typeof mealsSchema>;
export const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];

/** What a day of one status holds until the desk records otherwise. */
export const dayDefaultSchema = z
  .object({ meals: mealsSchema, pickup: z.boolean(), dropoff: z.boolean() })
  .strict();
export type DayDefault = z.infer<typeof dayDefaultSchema>;

export const dayDefaultsSchema = z
  .object({
    arrival: dayDefaultSchema,
    stay: dayDefaultSchema,
    departure: dayDefaultSchema,
    'day-use': dayDefaultSchema,
  })
  .strict();
export type DayDefaults = z.infer<typeof dayDefaultsSchema>;

/**
 * The usual day (a setting): dinner on the arrival day, breakfast and lunch on the departure
 * day, all three in between; the facility fetches the guest on the arrival day (送迎 往) and
 * takes them home on the departure day (送迎 復). A day-use guest has lunch and both rides.
 */
export const DEFAULT_DAY_DEFAULTS: DayDefaults = {
  arrival: {
    meals: { breakfast: false, lunch: false, dinner: true },
    pickup: true,
    dropoff: false,
  },
  stay: { meals: { breakfast: true, lunch: true, dinner: true }, pickup: false, dropoff: false },
  departure: {
    meals: { breakfast: true, lunch: true, dinner: false },
    pickup: false,
    dropoff: true,
  },
  'day-use': {
    meals: { breakfast: false, lunch: true, dinner: false },
    pickup: true,
    dropoff: true,
  },
};
