import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useStorageStatus() {
  return useQuery({
    queryKey: queryKeys.storageStatus,
    queryFn: () => call('storage.status', {}),
    // The store is checked at start and after a STORAGE_DAMAGED error, not on every focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
