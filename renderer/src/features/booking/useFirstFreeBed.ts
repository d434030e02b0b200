import { useQuery } from '@tanstack/react-query';
import { bedsToOffer, firstBedThatTakes } from '../../../../shared/domain/capacity';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import type { Bed, StayKind } from '../../../../shared/domain/schemas';
import { bedBlocksQuery } from '../calendar/useBedBlocks';
import { staysInRangeQuery } from '../stays/useStaysInRange';

/**
 * The bed a booking opened without one (新規予約) starts on: the first that can take it on
 * those nights (firstBedThatTakes), or when none can, the first that takes the kind at all, so
 * the check says what stands in the way. An experience stay never starts on a bed kept for
 * emergencies: the desk may pick one (with the reason EMERGENCY_BED_RESERVED asks for), the
 * app does not. Undefined until the nights' stays and closures are in, and when no bed is left
 * to start on (the desk picks one).
 */
export function useFirstFreeBed(
  beds: readonly Bed[],
  kind: StayKind,
  start: string,
  end: string,
  enabled: boolean,
): string | undefined {
  const ask = enabled && isValidIsoDate(start) && isValidIsoDate(end) && end > start;
  const stays = useQuery({ ...staysInRangeQuery(start, end), enabled: ask });
  const blocks = useQuery({ ...bedBlocksQuery(start, end), enabled: ask });
  if (!ask || !stays.data || !blocks.data) return undefined;
  const free = firstBedThatTakes(beds, kind, { start, end }, stays.data, blocks.data);
  return (free ?? bedsToOffer(beds, kind)[0])?.id;
}
