import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Per stay of the person, per domain: first, last and average level. */
export function useTrainingProgress(personId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.trainingProgress(personId ?? ''),
    queryFn: () => call('training.progress', { personId: personId ?? '' }),
    enabled: Boolean(personId),
  });
}
