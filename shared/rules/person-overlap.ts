import { nightsOverlap, otherOccupyingStays, sharedNightsWithAll } from './occupancy';
import type { Rule } from './violation';
import { nightSpan, violation } from './violation';

/** PERSON_OVERLAP (error): the person already stays somewhere (any bed) on a night of the draft. */
export const checkPersonOverlap: Rule = (draft, ctx) => {
  const conflicts = otherOccupyingStays(
    ctx.personStays,
    ctx.stayId,
    (s) => s.personId === draft.personId && nightsOverlap(s, draft),
  );
  if (conflicts.length === 0) return [];
  const nights = sharedNightsWithAll(draft, conflicts);
  return [
    violation('PERSON_OVERLAP', 'error', {
      stayIds: conflicts.map((s) => s.id),
      ...nightSpan(nights),
    }),
  ];
};
