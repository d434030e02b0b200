import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Saves a whole person; every list and the record itself refresh from the answer. */
export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'persons.save'>) => call('persons.save', input),
    onSuccess: async (person) => {
      queryClient.setQueryData(queryKeys.person(person.id), person);
      await queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
