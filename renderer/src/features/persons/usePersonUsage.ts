import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Experience days per fiscal year: this year first, then earlier years with any use. */
export function usePersonUsage(personId: string) {
  return useQuery(channelQuery('persons.usage', { personId }));
}
