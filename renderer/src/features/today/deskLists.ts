import { addDays } from '../../../../shared/domain/dates';
import type { Stay } from '../../../../shared/domain/schemas';

export interface DeskLists {
  arrivalsToday: Stay[];
  departuresToday: Stay[];
  arrivalsTomorrow: Stay[];
  departuresTomorrow: Stay[];
  inFacility: Stay[];
}

/** Bookings that still mean someone will come or go; cancelled and bumped ones do not. */
const EXPECTED = new Set<Stay['status']>(['tentative', 'confirmed', 'in_stay', 'completed']);

const byStartThenBed = (a: Stay, b: Stay) =>
  a.start.localeCompare(b.start) || a.bedId.localeCompare(b.bedId);

/**
 * The desk's day: who arrives and leaves today and tomorrow, and who is in the facility now.
 * A guest already checked in still shows among today's arrivals (as arrived), so the list
 * reads as the day's plan, not only as what is left to do.
 */
export function deskLists(stays: readonly Stay[], today: string): DeskLists {
  const tomorrow = addDays(today, 1);
  const live = stays.filter((s) => EXPECTED.has(s.status)).sort(byStartThenBed);
  const arriving = (date: string) =>
    live.filter((s) => s.start === date && s.status !== 'completed');
  const leaving = (date: string) =>
    live.filter(
      (s) =>
        s.end === date && (s.status === 'in_stay' || s.status === 'completed' || date !== today),
    );
  return {
    arrivalsToday: arriving(today),
    departuresToday: leaving(today),
    arrivalsTomorrow: arriving(tomorrow),
    departuresTomorrow: leaving(tomorrow),
    inFacility: live.filter((s) => s.status === 'in_stay'),
  };
}
