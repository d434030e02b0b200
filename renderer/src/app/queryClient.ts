import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiCallError } from '../api/apiCallError';
import { onDataChange } from '../api/client';
import { channelKey, refreshAfter } from '../api/queries';

/**
 * Retries only what may heal by itself (the connection); a rule or input error answers the same
 * way every time. A damaged store found by any query re-checks storage, so the guard takes over.
 * Every change made through the API client refreshes what it made stale (api/queries.ts).
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiCallError(error) && error.code === 'STORAGE_DAMAGED') {
          void client.invalidateQueries({ queryKey: channelKey('storage.status', {}) });
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
  onDataChange((channel) => refreshAfter(client, channel));
  return client;
}
