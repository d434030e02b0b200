/**
 * What the bed calendar shows above its grid, per night: how many beds are free, and whether an
 * emergency could still be taken in at all. Built on the same occupancy helpers the rules and
 * the planner use, so the calendar never disagrees with a booking check about what is held.
 */
import type { Bed, BedBlock, Stay, StayKind } from './schemas';
import { nightsOverlap, otherOccupyingStays } from '../rules/occupancy';
import { addDays, nightDates, type DateSpan } from './dates';

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

/** What holds a bed on a night, worst first: a block or an emergency stay, then experience stays. */
const FREE = 0;
const HELD_BY_EXPERIENCE = 1;
const HELD_FOR_GOOD = 2;

/**
 * The capacity of every night in `dates`. Inactive beds are ignored; cancelled and bumped stays
 * hold nothing (`occupiesNights`). One pass over the stays and blocks marks what holds each bed
 * on each night, then one pass over the nights counts: a month of a large facility is drawn
 * often, and comparing every night with every stay of every bed cost it real time.
 */
export function nightlyCapacity(
  beds: readonly Bed[],
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  dates: readonly string[],
): NightCapacity[] {
  const active = beds.filter((bed) => bed.active);
  const nightIndex = new Map(dates.map((date, i) => [date, i]));
  const holds = new Map(active.map((bed) => [bed.id, new Uint8Array(dates.length)]));
  const mark = (bedId: string, span: DateSpan, hold: number) => {
    const row = holds.get(bedId);
    if (!row) return;
    for (const night of nightDates(span.start, span.end)) {
      const i = nightIndex.get(night);
      if (i !== undefined && row[i]! < hold) row[i] = hold;
    }
  };
  const first = dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? '');
  const last = dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? '');
  const shown: DateSpan = { start: first, end: last === '' ? '' : addDays(last, 1) };
  const clip = (span: DateSpan): DateSpan => ({
    start: span.start > shown.start ? span.start : shown.start,
    end: span.end < shown.end ? span.end : shown.end,
  });
  for (const stay of otherOccupyingStays(stays, undefined, (s) => nightsOverlap(s, shown))) {
    mark(stay.bedId, clip(stay), stay.kind === 'emergency' ? HELD_FOR_GOOD : HELD_BY_EXPERIENCE);
  }
  for (const block of blocks) {
    if (nightsOverlap(block, shown)) mark(block.bedId, clip(block), HELD_FOR_GOOD);
  }
  return dates.map((date, i) => {
    let freeBeds = 0;
    let freeEmergencyBeds = 0;
    let emergencyPossible = false;
    for (const bed of active) {
      const hold = holds.get(bed.id)![i]!;
      const takesEmergency = bed.allows.includes('emergency');
      if (hold === FREE) freeBeds += 1;
      if (hold === FREE && takesEmergency) freeEmergencyBeds += 1;
      // An experience stay gives way to an emergency (the bumping rule), so it does not count.
      if (takesEmergency && hold !== HELD_FOR_GOOD) emergencyPossible = true;
    }
    return { date, freeBeds, freeEmergencyBeds, noEmergencyBed: !emergencyPossible };
  });
}

/** True when no other stay and no closure holds the bed on any night of `span`. */
function bedFreeOver(
  bedId: string,
  span: DateSpan,
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
): boolean {
  if (span.end <= span.start) return false;
  const held = otherOccupyingStays(
    stays,
    undefined,
    (s) => s.bedId === bedId && nightsOverlap(s, span),
  );
  return held.length === 0 && !blocks.some((b) => b.bedId === bedId && nightsOverlap(b, span));
}

/**
 * The bed a new booking starts on when the desk has not pointed at one: the first active bed,
 * in the facility's order, that takes this kind of stay and is free (no stay, no closure) on
 * every night of the span. An experience stay is never put on a bed reserved for emergencies
 * (it would need EMERGENCY_BED_RESERVED's written reason: the desk may still choose one, never
 * the app); an emergency looks at the reserved beds first, as the bumping rule does. Undefined
 * when no bed can take it; the server still checks every rule on save.
 */
export function firstBedThatTakes(
  beds: readonly Bed[],
  kind: StayKind,
  span: DateSpan,
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
): Bed | undefined {
  const rank = (bed: Bed) => (bed.emergencyReserved ? 0 : 1);
  // A stable sort: within each rank the beds keep the facility's order.
  return bedsToOffer(beds, kind)
    .sort((a, b) => rank(a) - rank(b))
    .find((bed) => bedFreeOver(bed.id, span, stays, blocks));
}

/**
 * The active beds the app may choose on its own for this kind of stay, in the facility's order:
 * those that take the kind, and for an experience stay not the ones kept for emergencies.
 */
export function bedsToOffer(beds: readonly Bed[], kind: StayKind): Bed[] {
  return beds
    .filter(
      (bed) =>
        bed.active &&
        bed.allows.includes(kind) &&
        !(kind === 'experience' && bed.emergencyReserved),
    )
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}
