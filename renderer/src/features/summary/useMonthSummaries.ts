import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The summaries of every stay that ended in a month (`YYYY-MM`). */
export function useMonthSummaries(month: string) {
  return useQuery(channelQuery('summary.month', { month }));
}
