/**
 * Step 5 of the emergency priority (DESIGN.md §2): new dates to offer a bumped family.
 */
import { addDays, nightsOf } from '../domain/dates';
import type { Bed, RescheduleOffer, Stay } from '../domain/schemas';
import { checkStay } from '../rules/check-stay';
import { byBedOrder } from './bed-options';
import type { PlanSnapshot } from './snapshot';
import { MAX_OFFERS, OFFER_HORIZON_DAYS } from './window';
import type { WorldAfter } from './world-after';

/**
 * Up to three offers for a bumped stay: the same number of nights, distinct start dates from
 * tomorrow through eight weeks from today, earliest first, on active beds that take experience
 * stays (tried in bed order, one offer per start date). Each passes every rule in the world
 * after the plan with no error and nothing needing an override; warnings are allowed. Offers
 * outside `window` (the dates the caller loaded) are not made.
 */
export function rescheduleOffers(
  stay: Stay,
  snap: PlanSnapshot,
  world: WorldAfter,
  window: { from: string; to: string },
): RescheduleOffer[] {
  const person = snap.persons[stay.personId];
  if (person === undefined) return [];
  const beds = snap.beds
    .filter((b) => b.active && b.allows.includes('experience'))
    .sort(byBedOrder);
  const nights = nightsOf(stay.start, stay.end);
  const personStays = world.staysOf(stay.personId);
  const staysByBed = new Map<string, Stay[]>();
  for (const s of world.stays) staysByBed.set(s.bedId, [...(staysByBed.get(s.bedId) ?? []), s]);

  const offers: RescheduleOffer[] = [];
  for (let day = 1; day <= OFFER_HORIZON_DAYS && offers.length < MAX_OFFERS; day += 1) {
    const start = addDays(snap.today, day);
    const end = addDays(start, nights);
    if (start < window.from || end > window.to) continue;
    const bed = beds.find((b: Bed) => {
      const violations = checkStay(
        { personId: stay.personId, bedId: b.id, kind: 'experience', start, end },
        {
          settings: snap.settings,
          bed: b,
          person,
          bedStays: staysByBed.get(b.id) ?? [],
          personStays,
          blocks: snap.blocks,
          stayId: stay.id,
        },
      );
      return violations.every((v) => v.severity === 'warning');
    });
    if (bed) offers.push({ bedId: bed.id, start, end });
  }
  return offers;
}
