/**
 * When a guest may be checked in, checked out, have a mistaken check-in undone, or have their
 * planned departure moved: the desk's day-to-day transitions (docs/stays.md). Each answers
 * `null` when the step is allowed, or the refusal's error code with the figures behind it, so
 * the service refuses with exactly the code the screen explains in advance.
 *
 * The dates: a check-out records a departure that happened (today or earlier). It may fall on
 * the arrival date (a guest sent home on the day: one day of use, no night), in which case the
 * stay ends with `end == start`, the only stay that may. Moving the planned departure earlier
 * is a change of the stay's end (`stays.update`); the guest stays in_stay until they leave.
 */
import type { ErrorCode } from '../api/errors';
import { todayInJapan } from './dates';
import type { Stay, StayStatus } from './schemas';

export interface Refusal {
  code: ErrorCode;
  details: Record<string, string>;
}

type Dated = Pick<Stay, 'status' | 'start' | 'end'>;

function transition(from: StayStatus, to: StayStatus): Refusal {
  return { code: 'INVALID_TRANSITION', details: { from, to } };
}

/**
 * Check-in (stays.checkIn): a booking (tentative or confirmed) on a day from its arrival date
 * up to the day before its departure. CHECK_IN_TOO_EARLY before the arrival date,
 * CHECK_IN_TOO_LATE from the departure date on, INVALID_TRANSITION in any other status.
 */
export function checkInRefusal(stay: Dated, today: string): Refusal | null {
  if (stay.status !== 'tentative' && stay.status !== 'confirmed') {
    return transition(stay.status, 'in_stay');
  }
  if (today < stay.start) return { code: 'CHECK_IN_TOO_EARLY', details: { start: stay.start } };
  if (today >= stay.end) return { code: 'CHECK_IN_TOO_LATE', details: { end: stay.end } };
  return null;
}

/**
 * Check-out (stays.checkOut) on `date`: only a guest in the facility, on a date that has come
 * (CHECK_OUT_IN_FUTURE otherwise: a planned departure is moved with stays.update), not before
 * the arrival (CHECK_OUT_BEFORE_ARRIVAL) and not after the booked departure
 * (CHECK_OUT_AFTER_END: lengthen the stay first, so its nights are checked against the rules).
 */
export function checkOutRefusal(stay: Dated, date: string, today: string): Refusal | null {
  if (stay.status !== 'in_stay') return transition(stay.status, 'completed');
  if (date > today) return { code: 'CHECK_OUT_IN_FUTURE', details: { date, today } };
  if (date < stay.start) {
    return { code: 'CHECK_OUT_BEFORE_ARRIVAL', details: { date, start: stay.start } };
  }
  if (date > stay.end) return { code: 'CHECK_OUT_AFTER_END', details: { date, end: stay.end } };
  return null;
}

/** What a check-out on `date` does to the stay: early (frees nights), on the day, or same-day. */
export type DepartureKind = 'asPlanned' | 'early' | 'sameDay';

export function departureKind(stay: Pick<Stay, 'start' | 'end'>, date: string): DepartureKind {
  if (date === stay.start) return 'sameDay';
  return date < stay.end ? 'early' : 'asPlanned';
}

/** The date in Japan of the stay's check-in, when it was recorded (stays checked in before it was). */
export function checkInDate(stay: Pick<Stay, 'checkedIn'>): string | undefined {
  return stay.checkedIn ? todayInJapan(new Date(stay.checkedIn.at)) : undefined;
}

/**
 * Undoing a mistaken check-in (stays.undoCheckIn): a guest in the facility whose check-in was
 * recorded today, Japan time. Later, the stay has become a record of a night in the building
 * and is corrected with a check-out instead (CHECK_IN_UNDO_TOO_LATE).
 */
export function undoCheckInRefusal(
  stay: Pick<Stay, 'status' | 'checkedIn'>,
  today: string,
): Refusal | null {
  if (stay.status !== 'in_stay') return transition(stay.status, 'confirmed');
  const on = checkInDate(stay);
  if (on !== today) {
    return { code: 'CHECK_IN_UNDO_TOO_LATE', details: on ? { checkedInOn: on } : {} };
  }
  return null;
}

/**
 * Moving the planned departure of a guest in the facility (stays.update of `end`): they are
 * still here, so the new departure cannot be before today (DEPARTURE_IN_PAST; a departure that
 * happened is recorded with a check-out). Whether the new nights pass the booking rules is the
 * rules' own check.
 */
export function departureChangeRefusal(stay: Dated, end: string, today: string): Refusal | null {
  if (stay.status === 'in_stay' && end !== stay.end && end < today) {
    return { code: 'DEPARTURE_IN_PAST', details: { end, today } };
  }
  return null;
}

/**
 * Which dates of a stay the desk may still change (stays.update, a drag on the calendar, the
 * stay panel's 日程を変更): a booking not started, both; a guest in the facility, the departure
 * only (the arrival happened); a stay that has ended, been cancelled or bumped, neither.
 */
export function changeableDates(stay: Pick<Stay, 'status'>): { start: boolean; end: boolean } {
  if (stay.status === 'tentative' || stay.status === 'confirmed') return { start: true, end: true };
  if (stay.status === 'in_stay') return { start: false, end: true };
  return { start: false, end: false };
}

/**
 * Changing a stay's dates to `dates` (either may be left as it is): STAY_CLOSED when no date of
 * it may change, STAY_STARTED for the arrival of a guest in the facility, then the departure's
 * own rule (departureChangeRefusal). Whether the new nights pass the booking rules is the rules'
 * own check (stays.check), asked separately.
 */
export function dateChangeRefusal(
  stay: Dated,
  dates: { start?: string; end?: string },
  today: string,
): Refusal | null {
  const can = changeableDates(stay);
  const startChanges = dates.start !== undefined && dates.start !== stay.start;
  const endChanges = dates.end !== undefined && dates.end !== stay.end;
  if ((startChanges && !can.start && !can.end) || (endChanges && !can.end)) {
    return { code: 'STAY_CLOSED', details: { status: stay.status } };
  }
  if (startChanges && !can.start) return { code: 'STAY_STARTED', details: { start: stay.start } };
  return dates.end === undefined ? null : departureChangeRefusal(stay, dates.end, today);
}
