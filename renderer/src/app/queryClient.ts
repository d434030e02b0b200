import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiCallError } from '../api/apiCallError';
import { queryKeys } from '../api/queryKeys';

/**
 * Retries only what may heal by itself (the connection); a rule or input error answers the same
 * way every time. A damaged store found by any query re-checks storage, so the guard takes over.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiCallError(error) && error.code === 'STORAGE_DAMAGED') {
          void client.invalidateQueries({ queryKey: queryKeys.storageStatus });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiCallError(error) || error.code === 'NETWORK'),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
