/**
 * Calendar-date helpers. Domain dates are `YYYY-MM-DD` strings in Japan time; arithmetic is done
 * on UTC midnight so that no time zone or daylight-saving shift can move a date. These helpers
 * sit under every rule, so they avoid allocating more than one Date per call where they can.
 */
import { holidayReader } from './holidays-compact';
import { HOLIDAYS_BY_YEAR } from './holidays-jp';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A stay-like span of dates: nights `[start, end)`, days used `start..end` inclusive. */
export interface DateSpan {
  start: string;
  end: string;
}

/** Parses `YYYY-MM-DD` to a Date at UTC midnight. Throws on a malformed string. */
export function parseIsoDate(date: string): Date {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Formats a Date's UTC calendar date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True for a well-formed `YYYY-MM-DD` that exists on the calendar (`2027-02-29` does not). */
export function isValidIsoDate(date: string): boolean {
  return DATE_RE.test(date) && toIsoDate(parseIsoDate(date)) === date;
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

/** The fiscal year (年度) a date belongs to: FY2026 = 2026-04-01 … 2027-03-31 when it starts in April. */
export function fiscalYearOf(date: string, startMonth = 4): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** First and last date (inclusive) of a fiscal year. */
export function fiscalYearRange(fiscalYear: number, startMonth = 4): { from: string; to: string } {
  const month = String(startMonth).padStart(2, '0');
  return {
    from: `${fiscalYear}-${month}-01`,
    to: addDays(`${fiscalYear + 1}-${month}-01`, -1),
  };
}

/** The calendar month of a date, `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every date from `start` through `end`, both included (the days a stay uses); empty when end < start. */
export function stayDates(start: string, end: string): string[] {
  const first = parseIsoDate(start).getTime();
  const last = parseIsoDate(end).getTime();
  const dates: string[] = [];
  for (let t = first; t <= last; t += DAY_MS) dates.push(toIsoDate(new Date(t)));
  return dates;
}

/** The dates of the nights `[start, end)`: the arrival date through the day before departure. */
export function nightDates(start: string, end: string): string[] {
  return end <= start ? [] : stayDates(start, addDays(end, -1));
}

/** Number of nights `[start, end)`; never negative. */
export function nightsOf(start: string, end: string): number {
  return Math.max(0, daysBetween(start, end));
}

/**
 * The distinct dates used by several spans, each counted start..end inclusive. A turnover date
 * shared by back-to-back stays appears once.
 */
export function usedDates(spans: Iterable<DateSpan>): Set<string> {
  const dates = new Set<string>();
  for (const span of spans) for (const d of stayDates(span.start, span.end)) dates.add(d);
  return dates;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the printed 実績記録票's 曜日 column). */
export function dayOfWeek(date: string): number {
  return parseIsoDate(date).getUTCDay();
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** `2026-05-12` → `2026年5月12日(火)`, the way dates show on screen. */
export function formatJapaneseDate(date: string): string {
  const d = parseIsoDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日(${WEEKDAYS_JA[dayOfWeek(date)]})`;
}

// Made on first use: a formatter with the Japanese calendar loads calendar data that costs a
// browser tens of milliseconds, and only printed documents need it (not every start).
let warekiFormat: Intl.DateTimeFormat | undefined;

/**
 * `2026-05-12` → `令和8年5月12日`, the Japanese-era date printed on documents. The first year of
 * an era is written 元年: Node's full ICU already gives `令和元年5月1日` for 2019-05-01; an engine
 * that gives a numeric `1` instead is corrected here so printed documents never differ.
 */
export function formatWareki(date: string): string {
  warekiFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return warekiFormat
    .formatToParts(parseIsoDate(date))
    .map((part) => (part.type === 'year' && part.value === '1' ? '元' : part.value))
    .join('');
}

/**
 * True when the date is a national holiday (祝日) or substitute holiday (振替休日), by the table
 * made from @holiday-jp/holiday_jp (holidays-jp.ts, `npm run holidays`).
 */
export const isJapaneseHoliday: (date: string) => boolean = holidayReader(HOLIDAYS_BY_YEAR);

/** Japan Standard Time is UTC+9 all year: Japan has kept no daylight saving time since 1951. */
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/**
 * The date in Japan at an instant. The facility's "today" does not depend on the computer's time
 * zone. Worked out from the fixed offset rather than an Intl formatter for Asia/Tokyo: loading a
 * zone's data cost the app's start real time, for an answer that never changes. The instant is
 * passed in: rules never read a clock.
 */
export function todayInJapan(now: Date): string {
  return toIsoDate(new Date(now.getTime() + JAPAN_OFFSET_MS));
}

/** The date and time in Japan at an instant, `YYYY-MM-DD HH:mm:ss` (as a spreadsheet reads it). */
export function japanDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + JAPAN_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}
