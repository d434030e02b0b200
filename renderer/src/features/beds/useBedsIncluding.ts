import { useEffect, useRef, useState } from 'react';
import type { Bed } from '../../../../shared/domain/schemas';
import { useBeds } from './useBeds';

export interface BedsIncluding {
  beds: readonly Bed[];
  /**
   * False while the list is loading, or while a bed an answer names is missing and the list
   * is being reloaded for it: show a placeholder then, not "unknown bed".
   */
  settled: boolean;
}

/**
 * The beds, reloaded once when an answer names a bed the cached list does not have yet (added
 * at another desk since the list was loaded), so a plan or offer never shows an unknown bed.
 */
export function useBedsIncluding(ids: readonly string[]): BedsIncluding {
  const { data: list, refetch, isFetching } = useBeds();
  const missing = list !== undefined && ids.some((id) => !list.some((b) => b.id === id));
  const wanted = [...new Set(ids)].sort().join(',');
  // Asked once per set of ids (the ref), marked done when the reload has answered (the state).
  const requestedFor = useRef<string | null>(null);
  const [reloadedFor, setReloadedFor] = useState<string | null>(null);
  useEffect(() => {
    if (!missing || requestedFor.current === wanted) return;
    requestedFor.current = wanted;
    void refetch().finally(() => setReloadedFor(wanted));
  }, [missing, wanted, refetch]);
  const settled = list !== undefined && (!missing || (reloadedFor === wanted && !isFetching));
  return { beds: list ?? [], settled };
}
