import { addDays } from '../../../../shared/domain/dates';
import type { Bed, Stay } from '../../../../shared/domain/schemas';

export interface DeskLists {
  arrivalsToday: Stay[];
  departuresToday: Stay[];
  arrivalsTomorrow: Stay[];
  departuresTomorrow: Stay[];
  inFacility: Stay[];
}

/** Bookings that still mean someone will come or go; cancelled and bumped ones do not. */
const EXPECTED = new Set<Stay['status']>(['tentative', 'confirmed', 'in_stay', 'completed']);

/** By arrival, then in the facility's bed order (as on the calendar), then by id for stability. */
function byStartThenBed(beds: readonly Pick<Bed, 'id' | 'order'>[]) {
  const order = new Map(beds.map((b) => [b.id, b.order]));
  const rank = (s: Stay) => order.get(s.bedId) ?? Number.MAX_SAFE_INTEGER;
  return (a: Stay, b: Stay) =>
    a.start.localeCompare(b.start) || rank(a) - rank(b) || a.id.localeCompare(b.id);
}

/**
 * The desk's day: who arrives and leaves today and tomorrow, and who is in the facility now.
 * A guest already checked in still shows among today's arrivals (as arrived), so the list
 * reads as the day's plan, not only as what is left to do.
 */
export function deskLists(
  stays: readonly Stay[],
  today: string,
  beds: readonly Pick<Bed, 'id' | 'order'>[] = [],
): DeskLists {
  const tomorrow = addDays(today, 1);
  const live = stays.filter((s) => EXPECTED.has(s.status)).sort(byStartThenBed(beds));
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
