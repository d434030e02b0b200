import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Person } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export interface PersonsById {
  byId: ReadonlyMap<string, Person>;
  /** True while any person is still loading; afterwards a missing id means it failed. */
  isPending: boolean;
}

// Stable (module-level) so TanStack Query re-runs it only when a result changes.
function combinePersons(results: UseQueryResult<Person>[]): PersonsById {
  const byId = new Map<string, Person>();
  for (const result of results) {
    if (result.data) byId.set(result.data.id, result.data);
  }
  return { byId, isPending: results.some((r) => r.isPending) };
}

/**
 * The people behind a set of stays, fetched one by one so each is cached on its own and a
 * screen never has to load the whole register just to show a few names.
 */
export function usePersonsById(ids: readonly string[]): PersonsById {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.person(id),
      queryFn: () => call('persons.get', { id }),
      staleTime: 5 * 60_000,
    })),
    combine: combinePersons,
  });
}
