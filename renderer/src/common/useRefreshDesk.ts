import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../api/queryKeys';

/**
 * After a change at the desk, every stay and block view may be out of date (a booking moves
 * several screens at once), so they are all refreshed together.
 */
export function useRefreshDesk(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.stays }),
      queryClient.invalidateQueries({ queryKey: queryKeys.beds }),
    ]);
  }, [queryClient]);
}
