import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Saves the goals of a stay (目標). */
export function useUpdateGoals(stayId: string) {
  return useMutation({
    mutationFn: (goals: Record<string, string>) => call('stays.saveGoals', { stayId, goals }),
  });
}
