import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Bumped bookings whose family has not been called yet. */
export function useToContact() {
  return useQuery({
    queryKey: queryKeys.toContact,
    queryFn: () => call('stays.toContact', {}),
  });
}
