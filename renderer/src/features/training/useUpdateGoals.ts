import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Saves the goals of a stay (目標) through the stay's targeted update. */
export function useUpdateGoals(stayId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (goals: Record<string, string>) =>
      call('stays.update', { id: stayId, changes: { goals } }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['training'] });
      await client.invalidateQueries({ queryKey: queryKeys.stays });
    },
  });
}
