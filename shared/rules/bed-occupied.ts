import { describeNights } from './labels';
import { nightsOverlap, otherOccupyingStays, sharedNightsWithAll } from './occupancy';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * BED_OCCUPIED (error): another stay holds the bed on a night of the draft. Nights are
 * `[start, end)`, so arriving on another stay's departure date is fine.
 */
export const checkBedOccupied: Rule = (draft, ctx) => {
  const conflicts = otherOccupyingStays(
    ctx.bedStays,
    ctx.stayId,
    (s) => s.bedId === draft.bedId && nightsOverlap(s, draft),
  );
  if (conflicts.length === 0) return [];
  const nights = sharedNightsWithAll(draft, conflicts);
  return [
    violation(
      'BED_OCCUPIED',
      'error',
      `このベッドは${describeNights(nights)}が他の予約（${conflicts.length}件）と重なっています`,
      { stayIds: conflicts.map((s) => s.id), nights },
    ),
  ];
};
