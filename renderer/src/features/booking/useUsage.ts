import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** A person's experience days in one fiscal year, against the cap. */
export function useUsage(personId: string | null, fiscalYear: number) {
  return useQuery({
    queryKey: queryKeys.usage(personId ?? '', fiscalYear),
    queryFn: () => call('usage.get', { personId: personId as string, fiscalYear }),
    enabled: personId !== null,
  });
}
