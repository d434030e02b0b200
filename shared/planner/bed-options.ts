/**
 * How each bed stands for an emergency (DESIGN.md §2 "Emergency priority", steps 1, 2 and 4):
 * free, a candidate whose experience stays would give way, or out of the question.
 */
import { daysBetween } from '../domain/dates';
import type { Bed, Stay } from '../domain/schemas';
import { nightsOverlap, occupiesNights } from '../rules/occupancy';
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
  /** Guests already in the facility (`in_stay`) who would leave early, bumped or cut short. */
  guestsCutShort: number;
  /** Bookings not yet started that would be bumped. */
  bookingsBumped: number;
  /** Days of bumped stays (start..end inclusive) plus days removed from cut-short stays. */
  daysDisplaced: number;
  /** Newest `createdAt` among the blocking stays, in milliseconds. */
  newestBooking: number;
}

export type BedStanding =
  | { kind: 'free'; bed: Bed }
  | { kind: 'candidate'; displacement: Displacement }
  | { kind: 'excluded'; bed: Bed; reason: string };

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
 * Step 4. A booking not started is bumped whole. A guest `in_stay` is cut short to leave on the
 * emergency's start date; when that would leave them no night (they arrived on or after that
 * date), the stay is bumped whole instead, yet still counts as a guest cut short in ranking.
 */
export function displacementOf(
  bed: Bed,
  blocking: Stay[],
  request: EmergencyRequest,
): Displacement {
  const bumped: Stay[] = [];
  const cutShort: CutShort[] = [];
  let guestsCutShort = 0;
  let bookingsBumped = 0;
  let daysDisplaced = 0;
  let newestBooking = Number.NEGATIVE_INFINITY;
  for (const stay of blocking) {
    const created = Date.parse(stay.createdAt);
    if (!Number.isNaN(created)) newestBooking = Math.max(newestBooking, created);
    if (stay.status === 'in_stay') guestsCutShort += 1;
    if (stay.status === 'in_stay' && request.start > stay.start) {
      cutShort.push({ stayId: stay.id, newEnd: request.start });
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
    if (!bed.active)
      return { kind: 'excluded', bed, reason: `ベッド${bed.name}は使われていません` };
    if (!bed.allows.includes('emergency')) {
      return { kind: 'excluded', bed, reason: `ベッド${bed.name}は緊急利用に使えません` };
    }
    if (snap.blocks.some((b) => b.bedId === bed.id && nightsOverlap(b, nights))) {
      return { kind: 'excluded', bed, reason: `ベッド${bed.name}は休止中です` };
    }
    const blocking = snap.stays.filter(
      (s) => s.bedId === bed.id && occupiesNights(s) && nightsOverlap(s, nights),
    );
    if (blocking.length === 0) return { kind: 'free', bed };
    if (!blocking.every(displaceable)) {
      return {
        kind: 'excluded',
        bed,
        reason: `ベッド${bed.name}は緊急利用または利用済みの記録で埋まっています`,
      };
    }
    return { kind: 'candidate', displacement: displacementOf(bed, blocking, request) };
  });
}
