import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** Saves one record (tonight, summaries and progress refresh from the contract's metadata). */
export function useSaveTraining() {
  return useMutation({
    mutationFn: (record: ChannelInput<'training.save'>['record']) =>
      call('training.save', { record }),
  });
}
