/**
 * Step 3 of the emergency priority (docs/rules.md): which candidate bed gives way, lowest first
 * by each key in turn.
 */
import type { Displacement } from './bed-options';
import { byBedOrder } from './bed-options';

function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

export type RankingKey =
  'guestsCutShort' | 'bookingsBumped' | 'daysDisplaced' | 'newestBooking' | 'bedOrder';

const KEYS: readonly { key: RankingKey; compare: (a: Displacement, b: Displacement) => number }[] =
  [
    { key: 'guestsCutShort', compare: (a, b) => a.guestsCutShort - b.guestsCutShort },
    { key: 'bookingsBumped', compare: (a, b) => a.bookingsBumped - b.bookingsBumped },
    { key: 'daysDisplaced', compare: (a, b) => a.daysDisplaced - b.daysDisplaced },
    // Last booked, first bumped: the newest blocking booking goes first.
    { key: 'newestBooking', compare: (a, b) => descending(a.newestBooking, b.newestBooking) },
    { key: 'bedOrder', compare: (a, b) => byBedOrder(a.bed, b.bed) },
  ];

/** The key that puts `a` before `b`, or undefined when nothing tells them apart. */
export function decidingKey(a: Displacement, b: Displacement): RankingKey | undefined {
  for (const { key, compare } of KEYS) if (compare(a, b) !== 0) return key;
  return undefined;
}

/** Candidates best first. */
export function rankCandidates(candidates: readonly Displacement[]): Displacement[] {
  return [...candidates].sort((a, b) => {
    for (const { compare } of KEYS) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
}
