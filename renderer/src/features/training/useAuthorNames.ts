import { useMemo } from 'react';
import type { TrainingRecord } from '../../../../shared/domain/schemas';
import { useStaffNames } from '../session/useStaffNames';

/** The names of the staff who wrote these records and their earlier versions, by staff id. */
export function useAuthorNames(records: readonly TrainingRecord[]): Record<string, string> {
  const ids = useMemo(
    () =>
      records.flatMap((record) =>
        [record, ...(record.history ?? [])].flatMap((w) =>
          w.recordedBy !== undefined ? [w.recordedBy] : [],
        ),
      ),
    [records],
  );
  return useStaffNames(ids);
}
