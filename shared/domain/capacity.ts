/**
 * What the bed calendar shows above its grid, per night: how many beds are free, and whether an
 * emergency could still be taken in at all. Built on the same occupancy helpers the rules and
 * the planner use, so the calendar never disagrees with a booking check about what is held.
 */
import type { Bed, BedBlock, Stay } from './schemas';
import { nightsOverlap, otherOccupyingStays } from '../rules/occupancy';
import { addDays, type DateSpan } from './dates';

export interface NightCapacity {
  /** The night, by its date (the night from this date to the next). */
  date: string;
  /** Active beds neither held by a stay nor blocked on this night. */
  freeBeds: number;
  /** Active beds that take emergencies and are free on this night. */
  freeEmergencyBeds: number;
  /**
   * True when no bed could take an emergency this night: every active bed that allows
   * emergencies is held by an emergency stay or blocked (an experience stay would give way, so
   * it does not count as held). Mirrors step 2 of the bumping rule (NO_EMERGENCY_CAPACITY).
   */
  noEmergencyBed: boolean;
}

/**
 * The capacity of every night in `dates`. Inactive beds are ignored; cancelled and bumped stays
 * hold nothing (`occupiesNights`).
 */
export function nightlyCapacity(
  beds: readonly Bed[],
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  dates: readonly string[],
): NightCapacity[] {
  const active = beds.filter((bed) => bed.active);
  const holding = otherOccupyingStays(stays, undefined);
  return dates.map((date) => {
    const night: DateSpan = { start: date, end: addDays(date, 1) };
    let freeBeds = 0;
    let freeEmergencyBeds = 0;
    let emergencyPossible = false;
    for (const bed of active) {
      const blocked = blocks.some((b) => b.bedId === bed.id && nightsOverlap(b, night));
      const holders = holding.filter((s) => s.bedId === bed.id && nightsOverlap(s, night));
      const free = !blocked && holders.length === 0;
      const takesEmergency = bed.allows.includes('emergency');
      if (free) freeBeds += 1;
      if (free && takesEmergency) freeEmergencyBeds += 1;
      if (takesEmergency && !blocked && holders.every((s) => s.kind === 'experience')) {
        emergencyPossible = true;
      }
    }
    return { date, freeBeds, freeEmergencyBeds, noEmergencyBed: !emergencyPossible };
  });
}

/**
 * True when a bed has no other stay and no block on any night of `span`: the calendar's instant
 * feedback while dragging. It is only a preview; the server re-checks every rule on save.
 */
export function bedIsFree(
  bedId: string,
  span: DateSpan,
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  exceptStayId?: string,
): boolean {
  if (span.end <= span.start) return false;
  const held = otherOccupyingStays(
    stays,
    exceptStayId,
    (s) => s.bedId === bedId && nightsOverlap(s, span),
  );
  return held.length === 0 && !blocks.some((b) => b.bedId === bedId && nightsOverlap(b, span));
}
