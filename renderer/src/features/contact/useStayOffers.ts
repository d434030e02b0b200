import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/**
 * Offers computed now, not the ones made at the emergency: by the time the family is called,
 * other bookings may have taken those dates.
 */
export function useStayOffers(stayId: string) {
  return useQuery({ ...channelQuery('stays.offers', { id: stayId }), staleTime: 0 });
}
