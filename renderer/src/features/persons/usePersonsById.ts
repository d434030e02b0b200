import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { PersonName } from '../../../../shared/api/contract';
import { channelQuery } from '../../api/queries';

export interface PersonsById {
  byId: ReadonlyMap<string, PersonName>;
  /** True while any person is still loading; afterwards a missing id means it failed. */
  isPending: boolean;
}

// Stable (module-level) so TanStack Query re-runs them only when a result changes.
function selectFirst(names: PersonName[]): PersonName | null {
  return names[0] ?? null;
}

function combinePersons(results: UseQueryResult<PersonName | null>[]): PersonsById {
  const byId = new Map<string, PersonName>();
  for (const result of results) {
    if (result.data) byId.set(result.data.id, result.data);
  }
  return { byId, isPending: results.some((r) => r.isPending) };
}

/**
 * The names of the people behind a set of stays, one query per person so each is cached on its
 * own. Names only (persons.names): screens that show who stays never receive contacts or care
 * notes, which belong to the person's record screen.
 */
export function usePersonsById(ids: readonly string[]): PersonsById {
  return useQueries({
    queries: ids.map((id) => ({
      ...channelQuery('persons.names', { ids: [id] }),
      select: selectFirst,
      staleTime: 5 * 60_000,
    })),
    combine: combinePersons,
  });
}
