import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** Saves a whole person; every list and the record itself refresh after the save. */
export function useSavePerson() {
  return useMutation({
    mutationFn: (input: ChannelInput<'persons.save'>) => call('persons.save', input),
  });
}
