/**
 * Step 5 of the emergency priority (docs/rules.md): new dates to offer a bumped family.
 */
import { bedsToOffer } from '../domain/capacity';
import { addDays, nightsOf } from '../domain/dates';
import type { Bed, RescheduleOffer, Stay } from '../domain/schemas';
import { checkStay } from '../rules/check-stay';
import { nightsOverlap, occupiesNights } from '../rules/occupancy';
import type { Violation } from '../domain/schemas';
import type { PlanSnapshot } from './snapshot';
import { MAX_OFFERS, OFFER_HORIZON_DAYS } from './window';
import { worldAsIs, type WorldAfter } from './world-after';

/**
 * The first start date an offer may have: tomorrow, or the bumped stay's own start when that is
 * later. A family bumped from a stay months ahead is offered dates around when they meant to
 * come, not the next eight weeks (which would be nothing they asked for, and outside the dates
 * the plan loads).
 */
export function offerSearchStart(today: string, stay: Pick<Stay, 'start'>): string {
  const tomorrow = addDays(today, 1);
  return stay.start > tomorrow ? stay.start : tomorrow;
}

/**
 * Up to three offers for a bumped stay: the same number of nights, distinct start dates over
 * the eight weeks from `offerSearchStart` (tomorrow, or the stay's own start if later), earliest
 * first, on active beds that take experience stays and are not kept for emergencies (tried in
 * bed order, one offer per start date): an offer on a reserved bed would need
 * EMERGENCY_BED_RESERVED's written reason, and a family is offered only what the desk could book
 * without one. Each passes every rule in the world
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
  const beds = bedsToOffer(snap.beds, 'experience');
  const nights = nightsOf(stay.start, stay.end);
  const personStays = world.staysOf(stay.personId);
  const staysByBed = new Map<string, Stay[]>();
  for (const s of world.stays) {
    const list = staysByBed.get(s.bedId);
    if (list) list.push(s);
    else staysByBed.set(s.bedId, [s]);
  }
  // A quick look at whether a bed is held or closed on the nights, before the full check.
  const heldOrClosed = (bedId: string, span: { start: string; end: string }) =>
    (staysByBed.get(bedId) ?? []).some(
      (s) => s.id !== stay.id && occupiesNights(s) && nightsOverlap(s, span),
    ) || snap.blocks.some((b) => b.bedId === bedId && nightsOverlap(b, span));

  const offers: RescheduleOffer[] = [];
  const first = offerSearchStart(snap.today, stay);
  for (let day = 0; day < OFFER_HORIZON_DAYS && offers.length < MAX_OFFERS; day += 1) {
    const start = addDays(first, day);
    const end = addDays(start, nights);
    if (start < window.from || end > window.to) continue;
    const bed = firstPassingBed(
      beds.filter((b) => !heldOrClosed(b.id, { start, end })),
      (b: Bed) =>
        checkStay(
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
        ),
    );
    if (bed) offers.push({ bedId: bed.id, start, end });
  }
  return offers;
}

/**
 * The dates to load for offers made on `today` for `stay`: from the first start searched
 * (`offerSearchStart`) through the last offer's departure (eight weeks of starts plus the
 * stay's own nights).
 */
export function offerWindow(
  today: string,
  stay: Pick<Stay, 'start' | 'end'>,
): { from: string; to: string } {
  const from = offerSearchStart(today, stay);
  return {
    from,
    to: addDays(from, OFFER_HORIZON_DAYS - 1 + nightsOf(stay.start, stay.end)),
  };
}

/**
 * Offers for a stay bumped earlier, against the data as it is now (the to-contact list): the
 * same rule as the plan's offers, so the family is offered what would be booked today.
 * `snap` must cover `offerWindow(snap.today, stay)` and hold the stay's person.
 */
export function currentOffers(stay: Stay, snap: PlanSnapshot): RescheduleOffer[] {
  return rescheduleOffers(stay, snap, worldAsIs(snap), offerWindow(snap.today, stay));
}

/** Violations that depend on the bed; any other blocking violation holds on every bed. */
const BED_CODES = new Set([
  'BED_OCCUPIED',
  'BED_BLOCKED',
  'BED_NOT_ALLOWED',
  'BED_NOT_FOUND',
  'BED_INACTIVE',
  'EMERGENCY_BED_RESERVED',
]);

/**
 * The first bed whose check has nothing blocking. When a bed fails for a reason about the
 * person or the dates (a cap, an overlap), every bed would: stop there instead of re-checking.
 */
function firstPassingBed(beds: readonly Bed[], check: (bed: Bed) => Violation[]): Bed | undefined {
  for (const bed of beds) {
    const blocking = check(bed).filter((v) => v.severity !== 'warning');
    if (blocking.length === 0) return bed;
    if (blocking.some((v) => !BED_CODES.has(v.code))) return undefined;
  }
  return undefined;
}
