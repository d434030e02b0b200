import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Stays of every status whose dates touch `from`..`to` (both `YYYY-MM-DD`). */
export function useStaysInRange(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.staysInRange(from, to),
    queryFn: () => call('stays.list', { from, to }),
    // Paging weeks keeps the previous week on screen until the next one arrives, without a flash.
    placeholderData: keepPreviousData,
  });
}
