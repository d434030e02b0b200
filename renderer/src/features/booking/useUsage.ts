import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** A person's experience days in one fiscal year, against the cap. */
export function useUsage(personId: string | null, fiscalYear: number) {
  return useQuery(channelQuery('usage.get', personId ? { personId, fiscalYear } : null));
}
