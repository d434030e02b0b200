import { useQuery } from '@tanstack/react-query';
import type { StayDraft } from '../../../../shared/domain/schemas';
import { channelQuery } from '../../api/queries';
import { useDebouncedValue } from '../../common/useDebouncedValue';

/**
 * The server's verdict on a draft, refreshed as the form changes (debounced). `isCurrent` is
 * false while the verdict on screen belongs to an older draft, so saving waits for the new one.
 */
export function useStayCheck(draft: StayDraft | null, stayId?: string) {
  const key = draft ? JSON.stringify(draft) : null;
  const settledKey = useDebouncedValue(key, 250);
  const settled = settledKey ? (JSON.parse(settledKey) as StayDraft) : null;
  const query = useQuery({
    ...channelQuery(
      'stays.check',
      settled ? { draft: settled, ...(stayId ? { stayId } : {}) } : null,
    ),
    staleTime: 0,
  });
  return { ...query, isCurrent: key !== null && key === settledKey && query.isSuccess };
}
