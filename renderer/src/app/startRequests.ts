import type { ChannelInput, QueryChannel } from '../../../shared/api/contract';
import { monthRangeOf } from '../features/calendar/calendarRanges';

/** One read the first screen needs: a channel and its input. */
export type StartRequest = {
  [C in QueryChannel]: { channel: C; input: ChannelInput<C> };
}[QueryChannel];

/** What the calendar's first month is drawn from: beds, the month's stays and closures, names. */
export function calendarStartRequests(today: string): StartRequest[] {
  const month = monthRangeOf(today);
  return [
    { channel: 'beds.list', input: {} },
    { channel: 'stays.list', input: month },
    { channel: 'beds.blocks', input: month },
    { channel: 'persons.names', input: {} },
  ];
}

/**
 * Everything the first screen shows: whether the data folder is open (the key gate, above all
 * else: left out, the first frame was its spinner and everything below it waited for one more
 * round trip), who is signed in (the session gate), the store's state (the storage guard), the
 * settings (the top bar's facility name) and, unless the window prints, the calendar's month.
 * Asked for by the renderer's first script (start.ts) and prefetched into the query cache with
 * the same keys (session.current is read by startEarly.ts).
 */
export function startRequests(today: string, printing: boolean): StartRequest[] {
  return [
    { channel: 'storage.keyState', input: {} },
    { channel: 'session.current', input: {} },
    { channel: 'storage.status', input: {} },
    { channel: 'settings.get', input: {} },
    ...(printing ? [] : calendarStartRequests(today)),
  ];
}

/** Whether this window is a print page (its own window, none of the calendar's data). */
export function isPrintWindow(location: Pick<Location, 'hash'>): boolean {
  return location.hash.startsWith('#/print/');
}
