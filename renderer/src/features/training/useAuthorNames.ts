import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TrainingRecord } from '../../../../shared/domain/schemas';
import { channelQuery } from '../../api/queries';

/**
 * The names of the staff who wrote these records and their earlier versions, by staff id
 * (retired staff too: they stay the authors of what they wrote). Empty until they are in.
 */
export function useAuthorNames(records: readonly TrainingRecord[]): Record<string, string> {
  const ids = useMemo(() => {
    const found = new Set<string>();
    for (const record of records) {
      for (const written of [record, ...(record.history ?? [])]) {
        if (written.recordedBy !== undefined) found.add(written.recordedBy);
      }
    }
    return [...found].sort();
  }, [records]);
  const names = useQuery(channelQuery('staff.names', ids.length > 0 ? { ids } : null));
  return useMemo(
    () => Object.fromEntries((names.data ?? []).map((s) => [s.id, s.name])),
    [names.data],
  );
}
