import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Experience days per fiscal year: this year first, then earlier years with any use. */
export function usePersonUsage(personId: string) {
  return useQuery({
    queryKey: queryKeys.personUsage(personId),
    queryFn: () => call('persons.usage', { personId }),
  });
}
