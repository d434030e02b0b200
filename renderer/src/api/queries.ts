/**
 * Every cached answer is keyed `[channel, input]`, so what a change makes stale is found from
 * the contract alone: a call of a channel that changes data refreshes every cached answer of
 * the channels that read what it changed (`refreshedBy` in shared/api/contract.ts). No screen
 * keeps its own list of keys to refresh.
 */
import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import {
  isChannel,
  refreshedBy,
  type Channel,
  type ChannelInput,
  type QueryChannel,
} from '../../../shared/api/contract';
import { call } from './client';

/** The cache key of a channel's answer to one input (`null`: no input yet). */
export function channelKey<C extends QueryChannel>(channel: C, input: ChannelInput<C> | null) {
  return [channel, input] as const;
}

/**
 * The query of a channel's answer to an input, for `useQuery`, `useQueries` or a prefetch.
 * With `null` (the input is not complete yet) nothing is asked.
 */
export function channelQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C> | null) {
  return queryOptions({
    queryKey: channelKey(channel, input),
    queryFn: input === null ? skipToken : () => call(channel, input),
  });
}

/** Marks stale (and refetches, when shown) every cached answer of the channels given. */
export async function refreshChannels(
  client: QueryClient,
  channels: readonly QueryChannel[],
): Promise<void> {
  const stale = new Set<string>(channels);
  if (stale.size === 0) return;
  await client.invalidateQueries({
    predicate: ({ queryKey: [first] }) =>
      typeof first === 'string' && isChannel(first) && stale.has(first),
  });
}

/** After someone signs in: every answer is asked again, those refused while signed out too. */
export async function refreshAllAfterSignIn(client: QueryClient): Promise<void> {
  await client.invalidateQueries();
}

/**
 * When someone else signs in on the same window: nothing the previous staff member was shown
 * stays in the cache (what is on screen is asked again). The store's state stays: the storage
 * guard above the session gate would otherwise wait for it again and unmount the whole app.
 */
export async function forgetPreviousStaffsAnswers(client: QueryClient): Promise<void> {
  const storage: Channel = 'storage.status';
  await client.resetQueries({ predicate: ({ queryKey: [first] }) => first !== storage });
}

/** Marks stale (and refetches, when shown) every cached answer a call of `channel` affects. */
export function refreshAfter(client: QueryClient, channel: Channel): Promise<void> {
  return refreshChannels(client, refreshedBy(channel));
}
