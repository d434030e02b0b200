import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** A stay with its person, goals and records (the data of the stay record and its print). */
export function useStaySummary(stayId: string) {
  return useQuery(channelQuery('summary.get', { stayId }));
}
