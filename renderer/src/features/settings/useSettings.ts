import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The facility's settings, shared by the hook and the app's start (the top bar shows its name). */
export const settingsQuery = channelQuery('settings.get', {});

export function useSettings() {
  return useQuery(settingsQuery);
}
