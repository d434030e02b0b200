import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Bumped bookings whose family has not been called yet. */
export function useToContact() {
  return useQuery(channelQuery('stays.toContact', {}));
}
