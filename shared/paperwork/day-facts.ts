/**
 * The facts a day of use holds: what the desk saved for it, or else the defaults of its kind of
 * day (settings.dayDefaults: dinner on arrival, breakfast and lunch on departure, all three in
 * between; 送迎 往 on arrival, 復 on departure). The desk changes the exceptions only.
 */
import type { DayDefaults, DayStatus } from '../domain/day-facts-schema';
import { MEALS } from '../domain/day-facts-schema';
import type { DayFacts } from '../domain/stay-day';

export function defaultDayFacts(status: DayStatus, defaults: DayDefaults): DayFacts {
  const d = defaults[status];
  return { meals: { ...d.meals }, pickup: d.pickup, dropoff: d.dropoff };
}

/** The saved facts of the day when there are any, else the defaults of its status. */
export function dayFactsOf(
  status: DayStatus,
  saved: DayFacts | undefined,
  defaults: DayDefaults,
): DayFacts {
  return saved ?? defaultDayFacts(status, defaults);
}

/** How many meals the facility provided on the day. */
export function mealCount(facts: Pick<DayFacts, 'meals'>): number {
  return MEALS.filter((meal) => facts.meals[meal]).length;
}
