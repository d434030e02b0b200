import { addDays, parseIsoDate, todayInJapan as japanDateAt } from '../../../shared/domain/dates';

/** Today's date in Japan, whatever the computer's time zone: domain dates are Japan time. */
export function todayInJapan(now: Date = new Date()): string {
  return japanDateAt(now);
}

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

export function weekdayKeyOf(date: string): WeekdayKey {
  return WEEKDAY_KEYS[parseIsoDate(date).getUTCDay()] ?? 'sun';
}

/** Japanese calendars and the facility's week run Monday to Sunday. */
export function mondayOf(date: string): string {
  const daysSinceMonday = (parseIsoDate(date).getUTCDay() + 6) % 7;
  return addDays(date, -daysSinceMonday);
}

export function datesFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function datePartsOf(date: string): DateParts {
  const parsed = parseIsoDate(date);
  return {
    year: parsed.getUTCFullYear(),
    month: parsed.getUTCMonth() + 1,
    day: parsed.getUTCDate(),
  };
}
