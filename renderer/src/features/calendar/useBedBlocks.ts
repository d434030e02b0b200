import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Closed bed periods whose nights touch `from`..`to` (both inclusive). */
export function useBedBlocks(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.bedBlocks(from, to),
    queryFn: () => call('beds.blocks', { from, to }),
    placeholderData: keepPreviousData,
  });
}
