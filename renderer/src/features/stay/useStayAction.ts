import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Stay } from '../../../../shared/domain/schemas';

export interface StayActionRequest {
  run: () => Promise<Stay>;
  /** Says what was done, once the server has kept it. */
  onDone?: (saved: Stay) => void;
}

/**
 * Runs one action on a stay (confirm, check in, check out, …) and refreshes everything that
 * shows stays (every stays key starts with 'stays', the history included), the usage figures
 * and the training screens, whose days follow the stay's dates.
 */
export function useStayAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ run }: StayActionRequest) => run(),
    onSuccess: async (saved, { onDone }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['stays'] }),
        queryClient.invalidateQueries({ queryKey: ['usage'] }),
        queryClient.invalidateQueries({ queryKey: ['training'] }),
      ]);
      onDone?.(saved);
    },
  });
}
