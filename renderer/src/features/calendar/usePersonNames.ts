import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { channelQuery } from '../../api/queries';

export interface PersonNames {
  byId: ReadonlyMap<string, { familyName: string; givenName: string }>;
  isPending: boolean;
}

/** The whole register's list items, shared by the hook and the calendar's prefetch. */
export const personNamesQuery = queryOptions({
  ...channelQuery('persons.search', {}),
  staleTime: 60_000,
});

/**
 * The names on the calendar's bars, in one call for the whole register (list items: no contacts
 * or care notes). A month of a large facility has well over a hundred guests; one request per
 * person kept the screen busy re-rendering for seconds.
 */
export function usePersonNames(): PersonNames {
  const query = useQuery(personNamesQuery);
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.id, p])), [query.data]);
  const isPending = query.isPending;
  // One object per change, not per render: every bar's content depends on it.
  return useMemo(() => ({ byId, isPending }), [byId, isPending]);
}
