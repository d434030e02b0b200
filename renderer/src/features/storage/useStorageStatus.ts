import { queryOptions, useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The store's state, shared by the guard and the app's start (startEarly asks for it at once). */
export const storageStatusQuery = queryOptions({
  ...channelQuery('storage.status', {}),
  // The store is checked at start and after a STORAGE_DAMAGED error, not on every focus.
  staleTime: Infinity,
  refetchOnWindowFocus: false,
});

export function useStorageStatus() {
  return useQuery(storageStatusQuery);
}
