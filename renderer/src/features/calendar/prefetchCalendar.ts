import type { QueryClient } from '@tanstack/react-query';
import { bedsQuery } from '../beds/useBeds';
import { staysInRangeQuery } from '../stays/useStaysInRange';
import { bedBlocksQuery } from './useBedBlocks';
import { personNamesQuery } from './usePersonNames';
import { monthRangeOf, neighbourRanges } from './useVisibleRange';

/**
 * Asks for what the calendar's first month needs (the same queries its hooks use) ahead of the
 * calendar itself: at app start and when its tab is pointed at or focused. The promises settle
 * when the answers are in (prefetching never rejects). The calendar then
 * draws once, with its bars, instead of empty first. Fresh cached data is not fetched again.
 */
export function prefetchCalendar(client: QueryClient, today: string): Promise<void>[] {
  const { from, to } = monthRangeOf(today);
  return [
    client.prefetchQuery(bedsQuery),
    client.prefetchQuery(staysInRangeQuery(from, to)),
    client.prefetchQuery(bedBlocksQuery(from, to)),
    client.prefetchQuery(personNamesQuery),
  ];
}

/** Fetches the bookings and closures of the ranges next to the one shown, for 前/次. */
export function prefetchNeighbours(client: QueryClient, range: { from: string; to: string }): void {
  for (const { from, to } of neighbourRanges(range)) {
    void client.prefetchQuery(staysInRangeQuery(from, to));
    void client.prefetchQuery(bedBlocksQuery(from, to));
  }
}
