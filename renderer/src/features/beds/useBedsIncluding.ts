import { useEffect } from 'react';
import type { Bed } from '../../../../shared/domain/schemas';
import { useBeds } from './useBeds';

/**
 * The beds, reloaded when an answer names a bed the cached list does not have yet (added at
 * another desk since the list was loaded), so a plan or offer never shows an unknown bed.
 */
export function useBedsIncluding(ids: readonly string[]): readonly Bed[] {
  const beds = useBeds();
  const list = beds.data;
  const missing = list !== undefined && ids.some((id) => !list.some((b) => b.id === id));
  const { refetch, isFetching } = beds;
  useEffect(() => {
    if (missing && !isFetching) void refetch();
    // Only a newly missing bed should reload; isFetching going false must not loop.
  }, [missing, refetch]); // eslint-disable-line react-hooks/exhaustive-deps
  return list ?? [];
}
