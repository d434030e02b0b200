import type { ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { RescheduleOffer } from '../../shared/domain/schemas';
import { currentOffers, offerWindow } from '../../shared/planner/offers';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { loadSnapshot } from './emergency';
import { requireStay } from './lookups';

/**
 * Up to three reschedule offers for a bumped stay, computed now: the plan's offers were right
 * when the emergency came in, but the calendar has moved on by the time the family is called.
 */
export async function offersForStay(
  ctx: ServiceContext,
  input: ParsedInput<'stays.offers'>,
): Promise<RescheduleOffer[]> {
  const stay = await requireStay(ctx, input.id);
  if (stay.status !== 'bumped') {
    fail('STAY_NOT_BUMPED', { status: stay.status });
  }
  const settings = await ctx.repo.getSettings();
  const window = offerWindow(todayInJapan(ctx.now()), stay);
  const snap = await loadSnapshot(ctx, settings, window, () => [stay.personId]);
  return currentOffers(stay, snap);
}
