import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The beds query, shared by the hook and the calendar's prefetch (same key, same fetch). */
export const bedsQuery = queryOptions({
  queryKey: queryKeys.beds,
  queryFn: () => call('beds.list', {}),
});

/** All beds in their calendar order (the service sorts by `order`). */
export function useBeds() {
  return useQuery(bedsQuery);
}
