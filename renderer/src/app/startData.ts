import type { QueryClient } from '@tanstack/react-query';
import { channelQuery } from '../api/queries';
import { startRequests, type StartRequest } from './startRequests';

/** How long the first screen waits for its data before it is drawn anyway (with spinners). */
export const START_WAIT_MS = 400;

/** Puts one read's answer in the query cache, under the key its screens ask with. */
export function prefetchRead(client: QueryClient, request: StartRequest): Promise<void> {
  const { channel, input } = request;
  // The union of channels is one request at a time: each keeps its own input type.
  return client.prefetchQuery(channelQuery(channel, input as never));
}

/**
 * Puts everything the first screen shows in the query cache (startRequests): the answers sent
 * for by start.ts are taken, anything else is asked for. Resolves when all have answered,
 * failed or not. Drawing the app after that draws the shell and the calendar once, instead of a
 * spinner, then the shell, then the calendar.
 */
export function loadStartData(
  client: QueryClient,
  today: string,
  printing: boolean,
): Promise<void> {
  return Promise.all(startRequests(today, printing).map((r) => prefetchRead(client, r))).then(
    () => undefined,
  );
}

/** `work`, or nothing after `ms`: whichever comes first. */
export function atMost(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
