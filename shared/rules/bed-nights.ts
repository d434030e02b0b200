import type { DateSpan } from '../domain/dates';
import type { BedBlock, Stay, Violation } from '../domain/schemas';
import { bedBlockedViolations } from './bed-blocked';
import { bedOccupiedViolations } from './bed-occupied';

/**
 * What a bed's own nights say about a span, before a person is chosen: BED_BLOCKED, then
 * BED_OCCUPIED (the order of `checkStay`), with the same messages the booking dialog shows. The
 * calendar previews a drag with it and says why it refused one; a save still checks every rule.
 * `stays` and `blocks` may hold other beds' entries; `stayId` is the stay being moved, which
 * never collides with itself.
 */
export function bedNightViolations(
  bedId: string,
  span: DateSpan,
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  stayId?: string,
): Violation[] {
  const draft = { bedId, start: span.start, end: span.end };
  return [...bedBlockedViolations(draft, blocks), ...bedOccupiedViolations(draft, stays, stayId)];
}
