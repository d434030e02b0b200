import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Who did what to a stay, newest first. */
export function useStayHistory(id: string) {
  return useQuery(channelQuery('stays.history', { id }));
}
