/**
 * Occupancy (稼働率) per bed and month: the nights held by stays (any stay that occupies its
 * nights: booked, in the facility or gone; not cancelled or bumped) against the nights the bed
 * could take someone (the month's nights less the nights it was closed).
 */
import { nightDates } from '../domain/dates';
import type { Bed, BedBlock, Stay } from '../domain/schemas';
import { occupiesNights } from '../rules/occupancy';
import { monthRange } from '../paperwork/days-of-use';

export interface OccupancyCell {
  bedId: string;
  month: string;
  /** Nights held by a stay. */
  nights: number;
  /** Nights the bed was open. */
  available: number;
}

/** Nights in a month a span's nights `[start, end)` fall on, as a set of dates. */
function nightsIn(span: { start: string; end: string }, from: string, to: string): string[] {
  return nightDates(span.start, span.end).filter((d) => d >= from && d <= to);
}

export function occupancyByBedAndMonth(
  beds: readonly Bed[],
  stays: readonly Stay[],
  blocks: readonly BedBlock[],
  months: readonly string[],
): OccupancyCell[] {
  const cells: OccupancyCell[] = [];
  for (const month of months) {
    const { from, to } = monthRange(month);
    const monthNights = Number(to.slice(8));
    for (const bed of beds) {
      const held = new Set<string>();
      for (const s of stays) {
        if (s.bedId !== bed.id || !occupiesNights(s) || s.start > to || s.end <= from) continue;
        for (const night of nightsIn(s, from, to)) held.add(night);
      }
      const closed = new Set<string>();
      for (const b of blocks) {
        if (b.bedId !== bed.id) continue;
        for (const night of nightsIn(b, from, to)) closed.add(night);
      }
      const available = monthNights - closed.size;
      cells.push({ bedId: bed.id, month, nights: held.size, available });
    }
  }
  return cells;
}

/** Nights over available nights, 0 when none was available. */
export function occupancyRate(cells: readonly Pick<OccupancyCell, 'nights' | 'available'>[]) {
  const nights = cells.reduce((sum, c) => sum + c.nights, 0);
  const available = cells.reduce((sum, c) => sum + c.available, 0);
  return { nights, available, rate: available === 0 ? 0 : nights / available };
}
