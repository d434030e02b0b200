import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Person } from '../../../../shared/domain/schemas';
import { channelQuery } from '../../api/queries';

// Stable (module-level) so TanStack Query re-runs it only when a result changes.
function combineRecords(results: UseQueryResult<Person>[]): ReadonlyMap<string, Person> {
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/**
 * Whole person records, contacts included, for the one list that must call families (連絡待ち).
 * Screens that only name people use usePersonsById, which never loads contacts or care notes.
 */
export function usePersonRecordsById(ids: readonly string[]): ReadonlyMap<string, Person> {
  return useQueries({
    queries: ids.map((id) => channelQuery('persons.get', { id })),
    combine: combineRecords,
  });
}
