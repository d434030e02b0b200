import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** One stay, fresh from the server (the panel acts on it, so it never shows a stale copy). */
export function useStay(id: string) {
  return useQuery({ queryKey: ['stays', 'one', id], queryFn: () => call('stays.get', { id }) });
}
