/**
 * Who is in the facility on a date, for tonight's training records: a guest checked in, or a
 * confirmed or completed stay whose dates (arrival through departure) include the date.
 * Cancelled, bumped and tentative bookings are not people in the building.
 */
import type { Bed, Stay } from './schemas';

export function isInFacilityOn(
  stay: Pick<Stay, 'start' | 'end' | 'status'>,
  date: string,
): boolean {
  if (date < stay.start || date > stay.end) return false;
  return stay.status === 'in_stay' || stay.status === 'confirmed' || stay.status === 'completed';
}

/** Experience stays first (they are the ones being trained), then in bed order. */
export function orderTonightStays<S extends Pick<Stay, 'kind' | 'bedId'>>(
  stays: readonly S[],
  beds: readonly Pick<Bed, 'id' | 'order'>[],
): S[] {
  const bedOrder = new Map(beds.map((b) => [b.id, b.order]));
  const kindRank = (s: S) => (s.kind === 'experience' ? 0 : 1);
  return [...stays].sort(
    (a, b) =>
      kindRank(a) - kindRank(b) ||
      (bedOrder.get(a.bedId) ?? Number.MAX_SAFE_INTEGER) -
        (bedOrder.get(b.bedId) ?? Number.MAX_SAFE_INTEGER),
  );
}
