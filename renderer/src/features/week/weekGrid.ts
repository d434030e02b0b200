import type { Stay } from '../../../../shared/domain/schemas';
import { occupiesNights } from '../../../../shared/rules/occupancy';

/** A run of consecutive days in one bed row: either one stay's nights or a single free night. */
export type RowSegment =
  { kind: 'stay'; stay: Stay; firstDate: string; nights: number } | { kind: 'free'; date: string };

/** The stay that holds the bed on the night of `date` (nights are `[start, end)`). */
function stayOnNight(stays: readonly Stay[], date: string): Stay | undefined {
  return stays.find((stay) => stay.start <= date && date < stay.end);
}

/**
 * Splits a bed's week into cells: each stay spans its nights as one cell (so it has one cell per
 * row and one test id), free nights stay one cell each. Cancelled and bumped stays hold nothing.
 */
export function bedRowSegments(
  bedId: string,
  stays: readonly Stay[],
  dates: readonly string[],
): RowSegment[] {
  const holding = stays.filter((stay) => stay.bedId === bedId && occupiesNights(stay));
  const segments: RowSegment[] = [];
  for (const date of dates) {
    const stay = stayOnNight(holding, date);
    const last = segments.at(-1);
    if (stay === undefined) {
      segments.push({ kind: 'free', date });
    } else if (last?.kind === 'stay' && last.stay.id === stay.id) {
      last.nights += 1;
    } else {
      segments.push({ kind: 'stay', stay, firstDate: date, nights: 1 });
    }
  }
  return segments;
}

/** Distinct people with a stay shown in the week, for fetching their names once each. */
export function personIdsOf(stays: readonly Stay[]): string[] {
  return [...new Set(stays.filter(occupiesNights).map((stay) => stay.personId))].sort();
}
