import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The beds query, shared by the hook and the calendar's prefetch (same key, same fetch). */
export const bedsQuery = channelQuery('beds.list', {});

/** All beds in their calendar order (the service sorts by `order`). */
export function useBeds() {
  return useQuery(bedsQuery);
}
