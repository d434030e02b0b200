import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { channelQuery } from '../../api/queries';
import type { PersonName } from './calendarWindow';

/** The whole register's names, shared by the hook and the calendar's prefetch. */
export const personNamesQuery = queryOptions({
  ...channelQuery('persons.names', {}),
  staleTime: 60_000,
});

/**
 * The names on the calendar's bars, in one call for the whole register (names only: no
 * contacts, care notes, certificate numbers or authorizations). A month of a large facility
 * has well over a hundred guests; one request per person kept the screen busy re-rendering for
 * seconds. `data` is one map per change of the register, not per render: every bar's words are
 * made from it.
 */
export function usePersonNames() {
  const query = useQuery(personNamesQuery);
  const data = useMemo(
    (): ReadonlyMap<string, PersonName> | undefined =>
      query.data ? new Map(query.data.map((p) => [p.id, p])) : undefined,
    [query.data],
  );
  return { data, isError: query.isError, error: query.error, refetch: query.refetch };
}
