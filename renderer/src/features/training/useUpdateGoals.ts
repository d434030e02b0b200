import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Saves the goals of a stay (目標) through the stay's targeted update. */
export function useUpdateGoals(stayId: string) {
  return useMutation({
    mutationFn: (goals: Record<string, string>) =>
      call('stays.update', { id: stayId, changes: { goals } }),
  });
}
