/**
 * The calendar's date ranges (inclusive), without React: also what the renderer's first script
 * asks for before the app's code has loaded (app/startRequests.ts).
 */
import { addDays, daysBetween } from '../../../../shared/domain/dates';

/** The month of `today` (inclusive dates): the range the calendar opens on. */
export function monthRangeOf(today: string): { from: string; to: string } {
  const first = `${today.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 40).slice(0, 7);
  return { from: first, to: addDays(`${nextMonth}-01`, -1) };
}

/**
 * The ranges the 前/次 buttons would show next: the months around a month, or the same number
 * of days either side of a week or two weeks. Keys must equal what the calendar will ask for,
 * so a prefetched range is found in the cache.
 */
export function neighbourRanges(range: {
  from: string;
  to: string;
}): { from: string; to: string }[] {
  const wholeMonth = range.from.endsWith('-01') && monthRangeOf(range.from).to === range.to;
  if (wholeMonth) {
    return [monthRangeOf(addDays(range.from, -1)), monthRangeOf(addDays(range.to, 1))];
  }
  const days = daysBetween(range.from, range.to) + 1;
  return [
    { from: addDays(range.from, -days), to: addDays(range.from, -1) },
    { from: addDays(range.to, 1), to: addDays(range.to, days) },
  ];
}
