import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Bed } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useRefreshDesk } from '../../common/useRefreshDesk';

export function useSaveBed() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: (bed: ChannelInput<'beds.save'>['bed']) => call('beds.save', { bed }),
    onSuccess: () => refresh(),
  });
}

/**
 * Saves a new order of the beds: each bed takes its position (1, 2, …) and only beds whose
 * number changes are written, so orders that were equal or had gaps become distinct.
 */
export function useReorderBeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ordered: readonly Bed[]) => {
      for (const [i, bed] of ordered.entries()) {
        if (bed.order !== i + 1) await call('beds.save', { bed: { ...bed, order: i + 1 } });
      }
    },
    // Also after a failure: some beds may already have been saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.beds }),
  });
}

export function useBlocks(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.bedBlocks(from, to),
    queryFn: () => call('beds.blocks', { from, to }),
  });
}

export function useBlockBed() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: (block: ChannelInput<'beds.block'>) => call('beds.block', block),
    onSuccess: () => refresh(),
  });
}

export function useUnblockBed() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: (id: string) => call('beds.unblock', { id }),
    onSuccess: () => refresh(),
  });
}
