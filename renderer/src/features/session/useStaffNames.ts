import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { channelQuery } from '../../api/queries';

/**
 * The names of staff by id (retired staff too: they stay the authors of what they wrote), for a
 * screen that shows who did something. Empty until they are in; unknown ids are left out, so a
 * value written before staff signed in (a typed name, the computer's account) shows as it is.
 */
export function useStaffNames(ids: readonly string[]): Record<string, string> {
  const wanted = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const names = useQuery(channelQuery('staff.names', wanted.length > 0 ? { ids: wanted } : null));
  return useMemo(
    () => Object.fromEntries((names.data ?? []).map((s) => [s.id, s.name])),
    [names.data],
  );
}
