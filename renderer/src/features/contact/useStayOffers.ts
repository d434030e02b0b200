import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/**
 * Offers computed now, not the ones made at the emergency: by the time the family is called,
 * other bookings may have taken those dates.
 */
export function useStayOffers(stayId: string) {
  return useQuery({
    queryKey: queryKeys.stayOffers(stayId),
    queryFn: () => call('stays.offers', { id: stayId }),
    staleTime: 0,
  });
}
