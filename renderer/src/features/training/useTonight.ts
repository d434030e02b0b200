import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The guests in the facility on a date (the host's today when `date` is empty). */
export function useTonight(date = '') {
  return useQuery(channelQuery('training.tonight', date ? { date } : {}));
}
