import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** A stay with its person, goals and records (the data of the stay record and its print). */
export function useStaySummary(stayId: string) {
  return useQuery({
    queryKey: queryKeys.summary(stayId),
    queryFn: () => call('summary.get', { stayId }),
  });
}
