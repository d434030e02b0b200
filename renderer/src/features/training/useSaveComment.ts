import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Saves the stay's 職員所見, signed by the person writing; the summary shows it at once. */
export function useSaveComment(stayId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ text, author }: { text: string; author: string }) =>
      call('stays.saveComment', { stayId, text, author }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['training'] });
      await client.invalidateQueries({ queryKey: queryKeys.stays });
    },
  });
}
