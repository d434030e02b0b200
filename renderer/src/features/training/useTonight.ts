import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The guests in the facility on a date (the host's today when `date` is empty). */
export function useTonight(date = '') {
  return useQuery({
    queryKey: queryKeys.trainingTonight(date),
    queryFn: () => call('training.tonight', date ? { date } : {}),
  });
}
