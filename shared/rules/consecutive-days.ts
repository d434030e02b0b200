import { daysBetween } from '../domain/dates';
import { otherOccupyingStays } from './occupancy';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * CONSECUTIVE_DAYS (warning): when the city sets `consecutiveDaysLimit`, the run of the
 * person's stays that touch or overlap the draft (one's end equal to the other's start counts
 * as touching), draft included, spans more days (first start..last end inclusive) than the limit.
 */
export const checkConsecutiveDays: Rule = (draft, ctx) => {
  const limit = ctx.settings.consecutiveDaysLimit;
  if (limit === null) return [];
  const others = otherOccupyingStays(
    ctx.personStays,
    ctx.stayId,
    (s) => s.personId === draft.personId,
  ).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  // Grow the run until no other stay touches it; sorting by start makes this settle in one or
  // two passes for the usual handful of stays.
  let from = draft.start;
  let to = draft.end;
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of others) {
      if (s.start <= to && s.end >= from && (s.start < from || s.end > to)) {
        if (s.start < from) from = s.start;
        if (s.end > to) to = s.end;
        grew = true;
      }
    }
  }
  const days = daysBetween(from, to) + 1;
  if (days <= limit) return [];
  return [violation('CONSECUTIVE_DAYS', 'warning', { from, to, days, limit })];
};
