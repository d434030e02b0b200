import { useQuery } from '@tanstack/react-query';
import { addDays } from '../../../../shared/domain/dates';
import {
  readinessAhead,
  readinessTarget,
  READINESS_WEEKS,
  type ReadinessAhead,
} from '../../../../shared/domain/night-readiness';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { useBeds } from '../beds/useBeds';
import { bedBlocksQuery } from '../calendar/useBedBlocks';
import { useSettings } from '../settings/useSettings';
import { staysInRangeQuery } from '../stays/useStaysInRange';

/**
 * Tonight and the short nights of the coming eight weeks (shared/domain/night-readiness.ts),
 * from the same cached queries the calendar reads; undefined until they are in.
 */
export function useReadinessAhead(
  today: string,
): { ahead: ReadinessAhead; beds: readonly Bed[]; stays: readonly Stay[] } | undefined {
  const last = addDays(today, READINESS_WEEKS * 7);
  const settings = useSettings();
  const beds = useBeds();
  const stays = useQuery(staysInRangeQuery(today, last));
  const blocks = useQuery(bedBlocksQuery(today, last));
  if (!settings.data || !beds.data || !stays.data || !blocks.data) return undefined;
  const target = readinessTarget(settings.data, beds.data);
  return {
    ahead: readinessAhead(beds.data, stays.data, blocks.data, today, target),
    beds: beds.data,
    stays: stays.data,
  };
}
