import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** Saves one record; every training query (tonight, summaries, progress) is then refreshed. */
export function useSaveTraining() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (record: ChannelInput<'training.save'>['record']) =>
      call('training.save', { record }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['training'] }),
  });
}
