import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Who did what to a stay, newest first. */
export function useStayHistory(id: string) {
  return useQuery({
    queryKey: queryKeys.stayHistory(id),
    queryFn: () => call('stays.history', { id }),
  });
}
