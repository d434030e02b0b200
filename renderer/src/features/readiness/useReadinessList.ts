import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** Registered persons with gaps in what an emergency needs, most urgent first (persons.readiness). */
export function useReadinessList() {
  return useQuery(channelQuery('persons.readiness', {}));
}
