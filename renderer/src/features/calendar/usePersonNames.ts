import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export interface PersonNames {
  byId: ReadonlyMap<string, { familyName: string; givenName: string }>;
  isPending: boolean;
}

/**
 * The names on the calendar's bars, in one call for the whole register (list items: no contacts
 * or care notes). A month of a large facility has well over a hundred guests; one request per
 * person kept the screen busy re-rendering for seconds.
 */
export function usePersonNames(): PersonNames {
  const query = useQuery({
    queryKey: queryKeys.personSearch(''),
    queryFn: () => call('persons.search', {}),
    staleTime: 60_000,
  });
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.id, p])), [query.data]);
  return { byId, isPending: query.isPending };
}
