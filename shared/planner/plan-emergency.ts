/**
 * The emergency priority of DESIGN.md §2 as one pure function: which bed an emergency takes,
 * which experience stays give way, and what to offer the families bumped.
 */
import { formatJapaneseDate } from '../domain/dates';
import type { Bed, EmergencyPlan, RescheduleOffer } from '../domain/schemas';
import { checkStay } from '../rules/check-stay';
import { bedStandings, type Displacement } from './bed-options';
import { rescheduleOffers } from './offers';
import { decidingKey, rankCandidates, type RankingKey } from './ranking';
import type { EmergencyRequest, PlanResult, PlanSnapshot } from './snapshot';
import { planWindow } from './window';
import { PLANNED_EMERGENCY_ID, worldAfter } from './world-after';

export type { EmergencyRequest, PlanResult, PlanSnapshot } from './snapshot';
export { planWindow } from './window';

const WHY_CHOSEN: Record<RankingKey, string> = {
  guestsCutShort: '利用中の方への影響が最も少ないベッドです',
  bookingsBumped: '延期する予約が最も少ないベッドです',
  daysDisplaced: '延期・短縮する体験利用の日数が最も少ないベッドです',
  newestBooking: '最も新しく入った予約を延期します（後から入った予約から延期）',
  bedOrder: 'ほかの条件が同じため、ベッドの並び順で選びました',
};

function freeBedReason(name: string, reserved: boolean): string {
  return reserved ? `緊急用ベッド${name}が空いています` : `ベッド${name}が空いています`;
}

function displacementReasons(
  chosen: Displacement,
  runnerUp: Displacement | undefined,
  start: string,
): string[] {
  const key = runnerUp ? decidingKey(chosen, runnerUp) : undefined;
  const reasons = [
    '空いている緊急受入可能なベッドがありません',
    `ベッド${chosen.bed.name}を使います`,
  ];
  if (chosen.bookingsBumped > 0) {
    const newest = key === 'newestBooking' ? '（最も新しい予約）' : '';
    reasons.push(`体験利用${chosen.bookingsBumped}件を延期します${newest}`);
  }
  const arrivedSameDay = chosen.guestsCutShort - chosen.cutShort.length;
  if (chosen.cutShort.length > 0) {
    reasons.push(
      `利用中の体験利用者${chosen.cutShort.length}名の退所日を${formatJapaneseDate(start)}に早めます`,
    );
  }
  if (arrivedSameDay > 0) {
    reasons.push(`緊急受入の開始日に到着した体験利用者${arrivedSameDay}名の利用を延期します`);
  }
  reasons.push(key ? WHY_CHOSEN[key] : 'ほかに候補となるベッドはありません');
  return reasons;
}

function offerReason(offers: Record<string, RescheduleOffer[]>): string[] {
  const lists = Object.values(offers);
  if (lists.length === 0) return [];
  const without = lists.filter((o) => o.length === 0).length;
  return without === 0
    ? ['延期する予約ごとに、8週間以内の振替候補を用意しました']
    : [`8週間以内に振替候補が見つからない予約が${without}件あります`];
}

/**
 * Plans an emergency admission (emergency priority steps 1–5):
 * 1. an active bed that takes emergencies, is not blocked and is free on every night wins,
 *    beds reserved for emergencies first, then bed order; nothing is bumped;
 * 2. otherwise a bed is a candidate when every stay holding it on those nights is an
 *    experience stay (tentative, confirmed or in_stay); none → `NO_EMERGENCY_CAPACITY`;
 * 3. candidates rank by guests cut short, bookings bumped, experience days displaced, newest
 *    blocking booking first, then bed order;
 * 4. stays not started are bumped; guests in_stay leave on the emergency's start date, or are
 *    bumped whole when they arrived that day (see `displacementOf`);
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
    const reasons = standings.flatMap((s) => (s.kind === 'excluded' ? [s.reason] : []));
    return {
      ok: false,
      code: 'NO_EMERGENCY_CAPACITY',
      reasons: [
        '緊急受入できるベッドがありません（どのベッドも緊急利用・休止・対象外のいずれかです）',
        ...reasons,
      ],
    };
  }

  const choice = displacement ?? { bed: chosenFree as Bed, bumped: [], cutShort: [] };
  const { bed, bumped, cutShort } = choice;
  const world = worldAfter(
    request,
    snap,
    bed.id,
    bumped.map((s) => s.id),
    cutShort,
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

  const reasons = displacement
    ? [...displacementReasons(displacement, ranked[1], request.start), ...offerReason(offers)]
    : [freeBedReason(bed.name, bed.emergencyReserved), '延期・短縮する予約はありません'];

  const plan: EmergencyPlan = {
    bedId: bed.id,
    bumped: bumped.map((s) => s.id),
    cutShort,
    offers,
    violations,
    reasons,
  };
  return { ok: true, plan };
}
