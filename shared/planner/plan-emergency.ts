/**
 * The emergency priority of docs/rules.md as one pure function: which bed an emergency takes,
 * which experience stays give way, and what to offer the families bumped.
 */
import type { Bed, EmergencyPlan, RescheduleOffer } from '../domain/schemas';
import { checkStay } from '../rules/check-stay';
import { bedStandings, type Displacement } from './bed-options';
import { rescheduleOffers } from './offers';
import { decidingKey, rankCandidates, type RankingKey } from './ranking';
import { reason, reasonText, type PlanReason, type PlanReasonCode } from './reasons';
import type { EmergencyRequest, PlanResult, PlanSnapshot } from './snapshot';
import { planWindow } from './window';
import { PLANNED_EMERGENCY_ID, worldAfter } from './world-after';

export type { EmergencyRequest, PlanResult, PlanSnapshot } from './snapshot';
export { planWindow } from './window';

const WHY_CHOSEN: Record<RankingKey, PlanReasonCode> = {
  guestsCutShort: 'CHOSEN_GUESTS_CUT_SHORT',
  bookingsBumped: 'CHOSEN_BOOKINGS_BUMPED',
  daysDisplaced: 'CHOSEN_DAYS_DISPLACED',
  newestBooking: 'CHOSEN_NEWEST_BOOKING',
  bedOrder: 'CHOSEN_BED_ORDER',
};

function displacementReasons(
  chosen: Displacement,
  runnerUp: Displacement | undefined,
  start: string,
): PlanReason[] {
  const key = runnerUp ? decidingKey(chosen, runnerUp) : undefined;
  const reasons = [reason('NO_FREE_BED'), reason('USES_BED', { bed: chosen.bed.name })];
  if (chosen.bookingsBumped > 0) {
    const code = key === 'newestBooking' ? 'BUMPS_NEWEST' : 'BUMPS';
    reasons.push(reason(code, { count: chosen.bookingsBumped }));
  }
  if (chosen.shortened.length > 0) {
    reasons.push(reason('SHORTENS', { count: chosen.shortened.length, date: start }));
  }
  const arrivedSameDay = chosen.guestsCutShort - chosen.cutShort.length;
  if (chosen.cutShort.length > 0) {
    reasons.push(reason('CUTS_SHORT', { count: chosen.cutShort.length, date: start }));
  }
  if (arrivedSameDay > 0) {
    reasons.push(reason('BUMPS_ARRIVED_SAME_DAY', { count: arrivedSameDay }));
  }
  reasons.push(reason(key ? WHY_CHOSEN[key] : 'ONLY_CANDIDATE'));
  return reasons;
}

function offerReason(offers: Record<string, RescheduleOffer[]>): PlanReason[] {
  const lists = Object.values(offers);
  if (lists.length === 0) return [];
  const without = lists.filter((o) => o.length === 0).length;
  return without === 0 ? [reason('OFFERS_READY')] : [reason('OFFERS_MISSING', { count: without })];
}

/**
 * Plans an emergency admission (emergency priority steps 1–5):
 * 1. an active bed that takes emergencies, is not blocked and is free on every night wins,
 *    beds reserved for emergencies first, then bed order; nothing is bumped;
 * 2. otherwise a bed is a candidate when every stay holding it on those nights is an
 *    experience stay (tentative, confirmed or in_stay); none → `NO_EMERGENCY_CAPACITY`;
 * 3. candidates rank by guests cut short, bookings bumped, experience days displaced, newest
 *    blocking booking first, then bed order;
 * 4. guests in_stay leave on the emergency's start date, or are bumped whole when they
 *    arrived that day; a booking not started that begins before the emergency is shortened to
 *    end on its start when the rules allow, any other is bumped (see `displacementOf`);
 * 5. each bumped stay gets up to three reschedule offers (see `rescheduleOffers`).
 * `plan.violations` are the emergency stay's own violations on the chosen bed once the plan
 * applies (warnings such as NOT_REGISTERED, but errors such as PERSON_OVERLAP too: a commit
 * must refuse those). Throws when the requesting person is missing from the snapshot.
 */
export function planEmergency(request: EmergencyRequest, snap: PlanSnapshot): PlanResult {
  const person = snap.persons[request.personId];
  if (person === undefined)
    throw new RangeError('planEmergency: the person is not in the snapshot');

  const standings = bedStandings(request, snap);
  const free = standings.flatMap((s) => (s.kind === 'free' ? [s.bed] : []));
  const chosenFree = free.find((b) => b.emergencyReserved) ?? free[0];
  const ranked = rankCandidates(
    standings.flatMap((s) => (s.kind === 'candidate' ? [s.displacement] : [])),
  );
  const displacement = chosenFree ? undefined : ranked[0];

  if (chosenFree === undefined && displacement === undefined) {
    const explanations = [
      reason('NO_CAPACITY'),
      ...standings.flatMap((s) => (s.kind === 'excluded' ? [s.reason] : [])),
    ];
    return {
      ok: false,
      code: 'NO_EMERGENCY_CAPACITY',
      reasons: explanations.map(reasonText),
      explanations,
    };
  }

  const choice = displacement ?? {
    bed: chosenFree as Bed,
    bumped: [],
    cutShort: [],
    shortened: [],
  };
  const { bed, bumped, cutShort, shortened } = choice;
  const world = worldAfter(
    request,
    snap,
    bed.id,
    bumped.map((s) => s.id),
    [...cutShort, ...shortened],
  );

  const violations = checkStay(
    {
      personId: request.personId,
      bedId: bed.id,
      kind: 'emergency',
      start: request.start,
      end: request.end,
    },
    {
      settings: snap.settings,
      bed,
      person,
      bedStays: world.stays.filter((s) => s.bedId === bed.id),
      personStays: world.staysOf(request.personId),
      blocks: snap.blocks,
      stayId: PLANNED_EMERGENCY_ID,
    },
  );

  const window = planWindow(request, snap.settings);
  const offers: Record<string, RescheduleOffer[]> = {};
  for (const stay of bumped) offers[stay.id] = rescheduleOffers(stay, snap, world, window);

  const explanations = displacement
    ? [...displacementReasons(displacement, ranked[1], request.start), ...offerReason(offers)]
    : [
        reason(bed.emergencyReserved ? 'FREE_RESERVED_BED' : 'FREE_BED', { bed: bed.name }),
        reason('NOTHING_DISPLACED'),
      ];

  const plan: EmergencyPlan = {
    bedId: bed.id,
    bumped: bumped.map((s) => s.id),
    cutShort,
    shortened,
    offers,
    violations,
    reasons: explanations.map(reasonText),
    explanations,
  };
  return { ok: true, plan };
}
