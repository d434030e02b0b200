import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The person's stays, past and future, newest first. */
export function usePersonStays(personId: string) {
  return useQuery({
    queryKey: queryKeys.personStays(personId),
    queryFn: () => call('persons.stays', { personId }),
  });
}
