import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** Saves one day's facts; the stay's days and the month's records refresh from the contract. */
export function useSaveDay() {
  return useMutation({
    mutationFn: (input: ChannelInput<'stays.saveDay'>) => call('stays.saveDay', input),
  });
}
