/**
 * Days of use (利用日), the unit of the 実績記録票, the monthly 支給量 and the reports: every date
 * from a stay's arrival through its departure, both included. A same-day departure is one day
 * (a day-use). A person's days are distinct dates: when one stay ends on the day the next
 * begins (a change of bed), that date is one day, spent in the facility. Months and fiscal years
 * split them by the date each falls on, so a stay 3/29–4/2 has 3 days in March and 2 in April,
 * and a stay 3/31–4/1 counts one day in each fiscal year.
 */
import { fiscalYearOf, monthOf, stayDates } from '../domain/dates';
import type { DayStatus } from '../domain/day-facts-schema';
import type { Stay } from '../domain/schemas';

type Span = Pick<Stay, 'start' | 'end'>;

/**
 * The stays the month's paperwork reports: the guest came (checked in, or checked in and gone).
 * A booking never checked in is not a service given, whatever its dates.
 */
export function isProvided(stay: Pick<Stay, 'status'>): boolean {
  return stay.status === 'in_stay' || stay.status === 'completed';
}

/** What a date of one stay is: its arrival, a day in between, its departure, or a day-use. */
export function dayStatusIn(stay: Span, date: string): DayStatus {
  if (stay.start === stay.end) return 'day-use';
  if (date === stay.start) return 'arrival';
  if (date === stay.end) return 'departure';
  return 'stay';
}

export interface DayOfUse {
  date: string;
  status: DayStatus;
  /** The stays the date belongs to, latest arrival last (two when a stay follows another). */
  stays: Pick<Stay, 'id' | 'kind' | 'start' | 'end'>[];
}

/**
 * One person's days of use from their stays, in date order. Pass only the stays that count
 * (e.g. `isProvided`); a date shared by two stays is one day, and its status is 'stay' since
 * the guest did not leave.
 */
export function daysOfUse(
  stays: readonly Pick<Stay, 'id' | 'kind' | 'start' | 'end'>[],
): DayOfUse[] {
  const byDate = new Map<string, DayOfUse>();
  const ordered = [...stays].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const stay of ordered) {
    for (const date of stayDates(stay.start, stay.end)) {
      const day = byDate.get(date);
      if (day) {
        day.stays.push(stay);
        day.status = 'stay';
      } else {
        byDate.set(date, { date, status: dayStatusIn(stay, date), stays: [stay] });
      }
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The days that fall in a calendar month (`YYYY-MM`). */
export function daysInMonth<T extends { date: string }>(days: readonly T[], month: string): T[] {
  return days.filter((d) => monthOf(d.date) === month);
}

/** How many days fall in each calendar month, months in order. */
export function daysPerMonth(days: readonly { date: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { date } of days) counts.set(monthOf(date), (counts.get(monthOf(date)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** How many days fall in each fiscal year (年度, starting in `startMonth`). */
export function daysPerYear(
  days: readonly { date: string }[],
  startMonth: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { date } of days) {
    const fy = fiscalYearOf(date, startMonth);
    counts.set(fy, (counts.get(fy) ?? 0) + 1);
  }
  return counts;
}

/** The first and last date of a calendar month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Every month (`YYYY-MM`) from the one of `from` through the one of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, m] = from.split('-').map(Number) as [number, number];
  const last = monthOf(to);
  for (;;) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m === 13) {
      m = 1;
      year += 1;
    }
  }
}
