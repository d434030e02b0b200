import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The closed periods query of a range, shared by the hook and the calendar's prefetch. */
export function bedBlocksQuery(from: string, to: string) {
  return channelQuery('beds.blocks', { from, to });
}

/** Closed bed periods whose nights touch `from`..`to` (both inclusive). */
export function useBedBlocks(from: string, to: string) {
  return useQuery({ ...bedBlocksQuery(from, to), placeholderData: keepPreviousData });
}
