import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

export function useSettings() {
  return useQuery(channelQuery('settings.get', {}));
}
