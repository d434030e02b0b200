/**
 * Readiness at a glance (docs/readiness.md): the facility promises to take an emergency at any
 * hour, and keeps a number of beds free each night for it (施設設定, default: its beds reserved
 * for emergencies). A night is short when fewer beds could take an emergency *without bumping
 * anyone* — active, taking emergencies, not closed, no stay — than that target. The count is
 * nightlyCapacity's `freeEmergencyBeds`, so the calendar header, 本日の受付 and the booking
 * checks never disagree about what is free.
 */
import { nightlyCapacity, type NightCapacity } from './capacity';
import { addDays, nightDates } from './dates';
import type { Bed, BedBlock, Settings, Stay } from './schemas';
import { nightsOverlap, otherOccupyingStays } from '../rules/occupancy';

/** How far ahead 本日の受付 looks for short nights. */
export const READINESS_WEEKS = 8;

/**
 * The beds to keep free each night: the setting when the facility set one, otherwise the number
 * of active beds reserved for emergencies that take emergencies ("follow the beds").
 */
export function readinessTarget(
  settings: Pick<Settings, 'emergencyReadyBeds'>,
  beds: readonly Bed[],
): number {
  if (settings.emergencyReadyBeds !== null) return settings.emergencyReadyBeds;
  return beds.filter((b) => b.active && b.emergencyReserved && b.allows.includes('emergency'))
    .length;
}

/** True when fewer beds could take an emergency this night than the facility keeps free. */
export function isShortNight(night: Pick<NightCapacity, 'freeEmergencyBeds'>, target: number) {
  return night.freeEmergencyBeds < target;
}

/**
 * For each of `dates`, the stays that hold the beds an emergency could otherwise take that night
 * (active beds that take emergencies), in the facility's bed order: who the desk would talk to,
 * or the emergency would bump. One pass over the stays, whatever the number of dates.
 */
export function holdersOfNights(
  beds: readonly Bed[],
  stays: readonly Stay[],
  dates: readonly string[],
): Map<string, Stay[]> {
  const order = new Map(
    beds
      .filter((b) => b.active && b.allows.includes('emergency'))
      .map((b) => [b.id, b.order] as const),
  );
  const held = new Map<string, Stay[]>(dates.map((date) => [date, []]));
  if (dates.length === 0) return held;
  const sorted = [...dates].sort();
  const span = { start: sorted[0]!, end: addDays(sorted[sorted.length - 1]!, 1) };
  const holding = otherOccupyingStays(
    stays,
    undefined,
    (s) => order.has(s.bedId) && nightsOverlap(s, span),
  );
  for (const stay of holding) {
    for (const night of nightDates(stay.start, stay.end)) held.get(night)?.push(stay);
  }
  for (const list of held.values()) list.sort((a, b) => order.get(a.bedId)! - order.get(b.bedId)!);
  return held;
}

export interface ReadinessAhead {
  target: number;
  /** Tonight's figures. */
  tonight: NightCapacity;
  /** The short nights from tonight through READINESS_WEEKS weeks, earliest first. */
  shortNights: NightCapacity[];
}

/** Tonight and the short nights of the coming READINESS_WEEKS weeks. */
export function readinessAhead(
  beds: readonly Bed[],
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  today: string,
  target: number,
): ReadinessAhead {
  const nights = nightlyCapacity(
    beds,
    stays,
    blocks,
    nightDates(today, addDays(today, READINESS_WEEKS * 7)),
  );
  return {
    target,
    tonight: nights[0]!,
    shortNights: nights.filter((n) => isShortNight(n, target)),
  };
}
