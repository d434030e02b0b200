import {
  checkInRefusal,
  departureKind,
  undoCheckInRefusal,
  type DepartureKind,
} from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';
import type { DeskLists } from './deskLists';

/** The one step a row of 本日の受付 offers, by the list it is in and the state of the stay. */
export type DeskAction = 'checkIn' | 'undoCheckIn' | 'checkOut' | null;

/**
 * Today's arrivals are checked in (and a check-in made by mistake today can be undone there);
 * guests leaving today and guests in the facility are checked out. Tomorrow's lists are for
 * reading: their steps come tomorrow, or through the stay panel.
 */
export function deskActionFor(list: keyof DeskLists, stay: Stay, today: string): DeskAction {
  switch (list) {
    case 'arrivalsToday':
      if (checkInRefusal(stay, today) === null) return 'checkIn';
      return undoCheckInRefusal(stay, today) === null ? 'undoCheckIn' : null;
    case 'departuresToday':
    case 'inFacility':
      return stay.status === 'in_stay' ? 'checkOut' : null;
    case 'arrivalsTomorrow':
    case 'departuresTomorrow':
      return null;
  }
}

/**
 * The departure a desk check-out records: today, or the booked departure if that has already
 * passed (a guest whose leaving was not recorded on the day).
 */
export function deskDepartureDate(stay: Pick<Stay, 'end'>, today: string): string {
  return stay.end < today ? stay.end : today;
}

/** A desk check-out that is not as booked is confirmed first: it ends nights early. */
export function departureNeedsConfirming(
  stay: Stay,
  today: string,
): Exclude<DepartureKind, 'asPlanned'> | null {
  const kind = departureKind(stay, deskDepartureDate(stay, today));
  return kind === 'asPlanned' ? null : kind;
}

/**
 * The day whose facts (meals, 送迎) a row of today's lists records: today, or the booked
 * departure when that has passed; none for tomorrow's lists, which are for reading.
 */
export function deskDayDate(list: keyof DeskLists, stay: Stay, today: string): string | null {
  if (list === 'arrivalsTomorrow' || list === 'departuresTomorrow') return null;
  const date = deskDepartureDate(stay, today);
  return date >= stay.start ? date : null;
}
