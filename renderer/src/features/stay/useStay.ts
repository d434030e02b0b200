import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** One stay, fresh from the server (the panel acts on it, so it never shows a stale copy). */
export function useStay(id: string) {
  return useQuery(channelQuery('stays.get', { id }));
}
