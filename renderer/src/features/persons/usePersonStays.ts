import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The person's stays, past and future, newest first. */
export function usePersonStays(personId: string) {
  return useQuery(channelQuery('persons.stays', { personId }));
}
