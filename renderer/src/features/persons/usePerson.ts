import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** One whole person record, contacts and care notes included: for the record screen only. */
export function usePerson(id: string) {
  return useQuery(channelQuery('persons.get', { id }));
}
