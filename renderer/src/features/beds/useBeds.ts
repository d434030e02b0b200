import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** All beds in their calendar order (the service sorts by `order`). */
export function useBeds() {
  return useQuery({
    queryKey: queryKeys.beds,
    queryFn: () => call('beds.list', {}),
  });
}
