import { nightsOverlap, sharedNightsWithAll } from './occupancy';
import type { DateSpan } from '../domain/dates';
import type { BedBlock, Violation } from '../domain/schemas';
import { nightSpan } from './violation';
import type { Rule } from './violation';
import { violation } from './violation';

/** BED_BLOCKED (error): the bed is closed (repairs, cleaning, infection control) on a night of the draft. */
export const checkBedBlocked: Rule = (draft, ctx) => bedBlockedViolations(draft, ctx.blocks);

/** BED_BLOCKED for a bed and nights alone (no person needed); `blocks` may hold other beds'. */
export function bedBlockedViolations(
  draft: DateSpan & { bedId: string },
  allBlocks: readonly BedBlock[],
): Violation[] {
  const blocks = allBlocks.filter((b) => b.bedId === draft.bedId && nightsOverlap(b, draft));
  if (blocks.length === 0) return [];
  const nights = sharedNightsWithAll(draft, blocks);
  return [
    violation('BED_BLOCKED', 'error', {
      blockIds: blocks.map((b) => b.id),
      reasons: blocks.map((b) => b.reason),
      ...nightSpan(nights),
    }),
  ];
}
