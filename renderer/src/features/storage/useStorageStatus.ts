import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

export function useStorageStatus() {
  return useQuery({
    ...channelQuery('storage.status', {}),
    // The store is checked at start and after a STORAGE_DAMAGED error, not on every focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
