/**
 * How each bed stands for an emergency (docs/rules.md "Emergency priority", steps 1, 2 and 4):
 * free, a candidate whose experience stays would give way, or out of the question.
 */
import { daysBetween } from '../domain/dates';
import type { Bed, Stay } from '../domain/schemas';
import { checkStay } from '../rules/check-stay';
import { nightsOverlap, occupiesNights } from '../rules/occupancy';
import { overridesSatisfy } from '../rules/overrides';
import { reason, type PlanReason } from './reasons';
import type { EmergencyRequest, PlanSnapshot } from './snapshot';

export interface CutShort {
  stayId: string;
  newEnd: string;
}

/** What taking a bed would do to the stays holding it, and the figures ranking compares. */
export interface Displacement {
  bed: Bed;
  blocking: Stay[];
  bumped: Stay[];
  cutShort: CutShort[];
  /** Bookings not started that keep their nights before the emergency and end on its start. */
  shortened: CutShort[];
  /** Guests already in the facility (`in_stay`) who would leave early, bumped or cut short. */
  guestsCutShort: number;
  /** Bookings not yet started that would be bumped (a shortened booking is not bumped). */
  bookingsBumped: number;
  /** Days of bumped stays (start..end inclusive) plus days removed from shortened stays. */
  daysDisplaced: number;
  /** Newest `createdAt` among the blocking stays, in milliseconds. */
  newestBooking: number;
}

export type BedStanding =
  | { kind: 'free'; bed: Bed }
  | { kind: 'candidate'; displacement: Displacement }
  | { kind: 'excluded'; bed: Bed; reason: PlanReason };

/** Beds in the facility's order (then by id, so that equal orders stay stable). */
export function byBedOrder(a: Bed, b: Bed): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Stays an emergency may displace: experience stays not yet started or under way. Emergency
 * stays are never bumped, and a completed stay cannot be moved.
 */
function displaceable(stay: Stay): boolean {
  return (
    stay.kind === 'experience' &&
    (stay.status === 'tentative' || stay.status === 'confirmed' || stay.status === 'in_stay')
  );
}

/**
 * Whether a booking not started may be shortened to end on `newEnd` instead of being bumped: it
 * must keep a night still to come (`newEnd` after today: a booking that should have begun days
 * ago and ends today would keep only nights gone by), and the shorter stay must pass every rule
 * with no error and nothing needing an override that it was not already given. Checked in the
 * data as it is (the shorter nights are a part of the booked ones, so the plan only frees what
 * they could collide with).
 */
export function mayShorten(stay: Stay, newEnd: string, snap: PlanSnapshot): boolean {
  if (newEnd <= snap.today || newEnd <= stay.start) return false;
  const person = snap.persons[stay.personId];
  const bed = snap.beds.find((b) => b.id === stay.bedId);
  if (person === undefined || bed === undefined) return false;
  const violations = checkStay(
    { personId: stay.personId, bedId: stay.bedId, kind: stay.kind, start: stay.start, end: newEnd },
    {
      settings: snap.settings,
      bed,
      person,
      bedStays: snap.stays.filter((s) => s.bedId === stay.bedId),
      personStays: snap.personStays[stay.personId] ?? [],
      blocks: snap.blocks.filter((b) => b.bedId === stay.bedId),
      stayId: stay.id,
    },
  );
  return overridesSatisfy(violations, stay.overrides).ok;
}

/**
 * Step 4. A guest `in_stay` is cut short to leave on the emergency's start date; when that
 * would leave them no night (they arrived on or after that date), the stay is bumped whole
 * instead, yet still counts as a guest cut short in ranking. A booking not started that begins
 * before the emergency is shortened to end on its start when `canShorten` allows (it keeps at
 * least one night: nobody needs to be moved for those); any other booking is bumped whole.
 */
export function displacementOf(
  bed: Bed,
  blocking: Stay[],
  request: EmergencyRequest,
  canShorten: (stay: Stay, newEnd: string) => boolean = () => false,
): Displacement {
  const bumped: Stay[] = [];
  const cutShort: CutShort[] = [];
  const shortened: CutShort[] = [];
  let guestsCutShort = 0;
  let bookingsBumped = 0;
  let daysDisplaced = 0;
  let newestBooking = Number.NEGATIVE_INFINITY;
  for (const stay of blocking) {
    const created = Date.parse(stay.createdAt);
    if (!Number.isNaN(created)) newestBooking = Math.max(newestBooking, created);
    const startsBefore = request.start > stay.start;
    if (stay.status === 'in_stay') guestsCutShort += 1;
    if (stay.status === 'in_stay' && startsBefore) {
      cutShort.push({ stayId: stay.id, newEnd: request.start });
      daysDisplaced += daysBetween(request.start, stay.end);
    } else if (stay.status !== 'in_stay' && startsBefore && canShorten(stay, request.start)) {
      shortened.push({ stayId: stay.id, newEnd: request.start });
      daysDisplaced += daysBetween(request.start, stay.end);
    } else {
      bumped.push(stay);
      if (stay.status !== 'in_stay') bookingsBumped += 1;
      daysDisplaced += daysBetween(stay.start, stay.end) + 1;
    }
  }
  return {
    bed,
    blocking,
    bumped,
    cutShort,
    shortened,
    guestsCutShort,
    bookingsBumped,
    daysDisplaced,
    newestBooking,
  };
}

/** How every bed stands for the request, beds in order. */
export function bedStandings(request: EmergencyRequest, snap: PlanSnapshot): BedStanding[] {
  const nights = { start: request.start, end: request.end };
  return [...snap.beds].sort(byBedOrder).map((bed): BedStanding => {
    const named = { bed: bed.name };
    if (!bed.active) return { kind: 'excluded', bed, reason: reason('BED_INACTIVE', named) };
    if (!bed.allows.includes('emergency')) {
      return { kind: 'excluded', bed, reason: reason('BED_NO_EMERGENCY', named) };
    }
    if (snap.blocks.some((b) => b.bedId === bed.id && nightsOverlap(b, nights))) {
      return { kind: 'excluded', bed, reason: reason('BED_CLOSED', named) };
    }
    const blocking = snap.stays.filter(
      (s) => s.bedId === bed.id && occupiesNights(s) && nightsOverlap(s, nights),
    );
    if (blocking.length === 0) return { kind: 'free', bed };
    if (!blocking.every(displaceable)) {
      return { kind: 'excluded', bed, reason: reason('BED_HELD', named) };
    }
    const canShorten = (stay: Stay, newEnd: string) => mayShorten(stay, newEnd, snap);
    return {
      kind: 'candidate',
      displacement: displacementOf(bed, blocking, request, canShorten),
    };
  });
}
