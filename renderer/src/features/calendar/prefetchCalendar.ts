import type { QueryClient } from '@tanstack/react-query';
import { prefetchRead } from '../../app/startData';
import { calendarStartRequests } from '../../app/startRequests';
import { staysInRangeQuery } from '../stays/useStaysInRange';
import { bedBlocksQuery } from './useBedBlocks';
import { neighbourRanges } from './calendarRanges';

/**
 * Asks for what the calendar's first month needs (the same reads and keys its hooks use) ahead
 * of the calendar itself: when its tab is pointed at or focused. The calendar then draws once,
 * with its bars, instead of empty first. Fresh cached data is not fetched again.
 */
export function prefetchCalendar(client: QueryClient, today: string): Promise<void>[] {
  return calendarStartRequests(today).map((request) => prefetchRead(client, request));
}

/** Fetches the bookings and closures of the ranges next to the one shown, for 前/次. */
export function prefetchNeighbours(client: QueryClient, range: { from: string; to: string }): void {
  for (const { from, to } of neighbourRanges(range)) {
    void client.prefetchQuery(staysInRangeQuery(from, to));
    void client.prefetchQuery(bedBlocksQuery(from, to));
  }
}
