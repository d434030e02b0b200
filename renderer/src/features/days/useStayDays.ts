import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Every day of use of a stay with the facts it holds (saved or default), and its add-on count. */
export function useStayDays(stayId: string | null) {
  return useQuery(channelQuery('stays.days', stayId === null ? null : { stayId }));
}
