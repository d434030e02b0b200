import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Restores one backup; afterwards everything but the new storage status is reloaded. */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (backup: string) => call('storage.restoreBackup', { backup }),
    onSuccess: async (status) => {
      queryClient.setQueryData(queryKeys.storageStatus, status);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.storageStatus[0],
      });
    },
  });
}
