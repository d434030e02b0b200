import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Stay } from '../../../../shared/domain/schemas';

/**
 * Runs one action on a stay (confirm, check in, …) and refreshes everything that shows stays,
 * its history included (every stays key starts with 'stays').
 */
export function useStayAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: () => Promise<Stay>) => action(),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['stays'] });
      await queryClient.invalidateQueries({ queryKey: ['usage'] });
    },
  });
}
