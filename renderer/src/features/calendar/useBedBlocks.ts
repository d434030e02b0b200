import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The closed periods query of a range, shared by the hook and the calendar's prefetch. */
export function bedBlocksQuery(from: string, to: string) {
  return queryOptions({
    queryKey: queryKeys.bedBlocks(from, to),
    queryFn: () => call('beds.blocks', { from, to }),
  });
}

/** Closed bed periods whose nights touch `from`..`to` (both inclusive). */
export function useBedBlocks(from: string, to: string) {
  return useQuery({ ...bedBlocksQuery(from, to), placeholderData: keepPreviousData });
}
