import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The summaries of every stay that ended in a month (`YYYY-MM`). */
export function useMonthSummaries(month: string) {
  return useQuery({
    queryKey: queryKeys.monthSummaries(month),
    queryFn: () => call('summary.month', { month }),
  });
}
