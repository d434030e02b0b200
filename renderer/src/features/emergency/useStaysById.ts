import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Stay } from '../../../../shared/domain/schemas';
import { channelQuery } from '../../api/queries';

function combineStays(results: UseQueryResult<Stay>[]): ReadonlyMap<string, Stay> {
  const byId = new Map<string, Stay>();
  for (const result of results) if (result.data) byId.set(result.data.id, result.data);
  return byId;
}

/** The stays a plan names (by id), to say whose booking gives way and when it was. */
export function useStaysById(ids: readonly string[]): ReadonlyMap<string, Stay> {
  return useQueries({
    queries: ids.map((id) => channelQuery('stays.get', { id })),
    combine: combineStays,
  });
}
