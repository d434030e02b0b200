import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

/**
 * Saves the stay's 職員所見, signed by the signed-in staff member (the service takes the author
 * from the session); the client refreshes what shows the stay (its summary included) from the
 * channel's contract entry.
 */
export function useSaveComment(stayId: string) {
  return useMutation({
    mutationFn: (text: string) => call('stays.saveComment', { stayId, text }),
  });
}
