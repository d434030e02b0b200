import type { QueryClient } from '@tanstack/react-query';
import { prefetchCalendar } from '../features/calendar/prefetchCalendar';
import { settingsQuery } from '../features/settings/useSettings';
import { storageStatusQuery } from '../features/storage/useStorageStatus';

/** How long the first screen waits for its data before it is drawn anyway (with spinners). */
export const START_WAIT_MS = 400;

/**
 * Asks at once for everything the first screen shows: the store's state (the storage guard),
 * the settings (the top bar's facility name) and, unless this window prints, the calendar's
 * month. Resolves when all have answered, failed or not. Drawing the app after that draws the
 * shell and the calendar once, instead of a spinner, then the shell, then the calendar.
 */
export function loadStartData(
  client: QueryClient,
  today: string,
  printing: boolean,
): Promise<void> {
  const asked = [client.prefetchQuery(storageStatusQuery), client.prefetchQuery(settingsQuery)];
  if (!printing) asked.push(...prefetchCalendar(client, today));
  return Promise.all(asked).then(() => undefined);
}

/** `work`, or nothing after `ms`: whichever comes first. */
export function atMost(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
