/**
 * Which stays take part in a comparison, and where two stays meet. Shared by the rules that
 * compare the draft with other stays (BED_OCCUPIED, PERSON_OVERLAP, EXPERIENCE_ANNUAL_CAP,
 * MONTHLY_ALLOWANCE, CONSECUTIVE_DAYS) and by the planner.
 */
import { nightDates, type DateSpan } from '../domain/dates';
import type { Stay } from '../domain/schemas';

/** Cancelled and bumped stays occupy no night and count no day. */
export function occupiesNights(stay: Pick<Stay, 'status'>): boolean {
  return stay.status !== 'cancelled' && stay.status !== 'bumped';
}

/**
 * The stays a draft is compared with: those that occupy nights, except the stay being edited
 * (`stayId`) so that a stay never collides with itself.
 */
export function otherOccupyingStays(
  stays: readonly Stay[],
  stayId: string | undefined,
  keep: (stay: Stay) => boolean = () => true,
): Stay[] {
  return stays.filter((s) => s.id !== stayId && occupiesNights(s) && keep(s));
}

/**
 * True when the nights `[start, end)` of two spans share at least one night (same-day turnover
 * is fine). A span without a night (a same-day departure, `end == start`) shares none.
 */
export function nightsOverlap(a: DateSpan, b: DateSpan): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** The nights two spans share, in date order. */
export function sharedNights(a: DateSpan, b: DateSpan): string[] {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return nightDates(start, end);
}

/** The union of the nights several spans share with `span`, sorted. */
export function sharedNightsWithAll(span: DateSpan, others: readonly DateSpan[]): string[] {
  const nights = new Set<string>();
  for (const other of others) for (const night of sharedNights(span, other)) nights.add(night);
  return [...nights].sort();
}
