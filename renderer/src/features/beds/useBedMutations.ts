import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Bed } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';

// Each change refreshes every screen that shows beds, closures or what they decide (the
// calendar, the booking checks, emergency plans) through the API client.

export function useSaveBed() {
  return useMutation({
    mutationFn: (bed: ChannelInput<'beds.save'>['bed']) => call('beds.save', { bed }),
  });
}

/**
 * Saves a new order of the beds: each bed takes its position (1, 2, …) and only beds whose
 * number changes are written, so orders that were equal or had gaps become distinct. Each save
 * refreshes the beds by itself, so a failure halfway still shows the beds already saved.
 */
export function useReorderBeds() {
  return useMutation({
    mutationFn: async (ordered: readonly Bed[]) => {
      for (const [i, bed] of ordered.entries()) {
        if (bed.order !== i + 1) await call('beds.save', { bed: { ...bed, order: i + 1 } });
      }
    },
  });
}

export function useBlockBed() {
  return useMutation({
    mutationFn: (block: ChannelInput<'beds.block'>) => call('beds.block', block),
  });
}

export function useUnblockBed() {
  return useMutation({
    mutationFn: (id: string) => call('beds.unblock', { id }),
  });
}
