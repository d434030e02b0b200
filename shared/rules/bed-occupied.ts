import { nightsOverlap, otherOccupyingStays, sharedNightsWithAll } from './occupancy';
import type { DateSpan } from '../domain/dates';
import type { Stay, Violation } from '../domain/schemas';
import type { Rule } from './violation';
import { nightSpan, violation } from './violation';

/**
 * BED_OCCUPIED (error): another stay holds the bed on a night of the draft. Nights are
 * `[start, end)`, so arriving on another stay's departure date is fine.
 */
export const checkBedOccupied: Rule = (draft, ctx) =>
  bedOccupiedViolations(draft, ctx.bedStays, ctx.stayId);

/**
 * BED_OCCUPIED for a bed and nights alone (no person needed): the calendar tells a refused drag
 * with it. `stays` may hold other beds' stays; `stayId` is the stay being moved.
 */
export function bedOccupiedViolations(
  draft: DateSpan & { bedId: string },
  stays: readonly Stay[],
  stayId: string | undefined,
): Violation[] {
  const conflicts = otherOccupyingStays(
    stays,
    stayId,
    (s) => s.bedId === draft.bedId && nightsOverlap(s, draft),
  );
  if (conflicts.length === 0) return [];
  const nights = sharedNightsWithAll(draft, conflicts);
  return [
    violation('BED_OCCUPIED', 'error', {
      stayIds: conflicts.map((s) => s.id),
      count: conflicts.length,
      ...nightSpan(nights),
    }),
  ];
}
