/**
 * A guest's month as the 実績記録票 prints it: one row per day of use in the month, with the
 * day's facts (saved or default), whether it earns the emergency add-on, and the totals.
 */
import type { DayDefaults, DayStatus, Meals } from '../domain/day-facts-schema';
import type { Stay } from '../domain/schemas';
import type { StayDay } from '../domain/stay-day';
import { dayFactsOf } from './day-facts';
import { daysInMonth, daysOfUse, isProvided } from './days-of-use';
import { emergencyAddOnDates } from './emergency-add-on';

export interface RecordDay {
  date: string;
  status: DayStatus;
  /** The stay the row's facts belong to (the arriving one on a change of stay). */
  stayId: string;
  pickup: boolean;
  dropoff: boolean;
  meals: Meals;
  daytimeElsewhere: boolean;
  emergencyAddOn: boolean;
  note?: string;
  /** False while the day holds the defaults (nobody has recorded it). */
  saved: boolean;
}

export interface RecordTotals {
  days: number;
  pickups: number;
  dropoffs: number;
  breakfasts: number;
  lunches: number;
  dinners: number;
  emergencyAddOnDays: number;
}

/** Saved days by stay and date, for lookups while building rows. */
export function savedDayIndex(saved: readonly StayDay[]): Map<string, StayDay> {
  return new Map(saved.map((d) => [`${d.stayId}|${d.date}`, d]));
}

/**
 * The rows of one person's month: their provided stays' days of use in the month, each with
 * the facts saved for it (the later stay's first on a change of stay) or the defaults.
 */
export function monthRecordDays(
  personStays: readonly Stay[],
  saved: readonly StayDay[],
  defaults: DayDefaults,
  month: string,
): RecordDay[] {
  const index = savedDayIndex(saved);
  const provided = personStays.filter(isProvided);
  const addOn = new Set(
    provided.flatMap((s) => emergencyAddOnDates(s).map((date) => `${s.id}|${date}`)),
  );
  return daysInMonth(daysOfUse(provided), month).map((day) => {
    const latestFirst = [...day.stays].reverse();
    const savedStay = latestFirst.find((s) => index.has(`${s.id}|${day.date}`));
    const stay = savedStay ?? latestFirst[0]!;
    const savedDay = savedStay ? index.get(`${savedStay.id}|${day.date}`) : undefined;
    const facts = dayFactsOf(day.status, savedDay, defaults);
    return {
      date: day.date,
      status: day.status,
      stayId: stay.id,
      pickup: facts.pickup,
      dropoff: facts.dropoff,
      meals: { ...facts.meals },
      daytimeElsewhere: facts.daytimeElsewhere ?? false,
      emergencyAddOn: day.stays.some((s) => addOn.has(`${s.id}|${day.date}`)),
      ...(facts.note ? { note: facts.note } : {}),
      saved: savedDay !== undefined,
    };
  });
}

export function recordTotals(days: readonly RecordDay[]): RecordTotals {
  const count = (pick: (d: RecordDay) => boolean) => days.filter(pick).length;
  return {
    days: days.length,
    pickups: count((d) => d.pickup),
    dropoffs: count((d) => d.dropoff),
    breakfasts: count((d) => d.meals.breakfast),
    lunches: count((d) => d.meals.lunch),
    dinners: count((d) => d.meals.dinner),
    emergencyAddOnDays: count((d) => d.emergencyAddOn),
  };
}
