import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The stays query of a range, shared by the hook and the calendar's prefetch. */
export function staysInRangeQuery(from: string, to: string) {
  return channelQuery('stays.list', { from, to });
}

/** Stays of every status whose dates touch `from`..`to` (both `YYYY-MM-DD`). */
export function useStaysInRange(from: string, to: string) {
  return useQuery({
    ...staysInRangeQuery(from, to),
    // Paging weeks keeps the previous week on screen until the next one arrives, without a flash.
    placeholderData: keepPreviousData,
  });
}
