import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Per stay of the person, per domain: first, last and average level. */
export function useTrainingProgress(personId: string | undefined) {
  return useQuery(channelQuery('training.progress', personId ? { personId } : null));
}
