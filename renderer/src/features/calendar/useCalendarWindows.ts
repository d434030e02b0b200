import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Bed, BedBlock, Stay } from '../../../../shared/domain/schemas';
import { staysInRangeQuery } from '../stays/useStaysInRange';
import { buildCalendarWindow, type CalendarWindow, type PersonName } from './calendarWindow';
import type { CalendarTexts } from './calendarTexts';
import { bedBlocksQuery } from './useBedBlocks';

/**
 * The calendar's ranges as read from the query cache: `get` answers at once for a range whose
 * stays and closures are cached (the month shown and the ones 前/次 would show are fetched
 * ahead), `load` fetches what is missing. A range's window is made once per change of its data,
 * so FullCalendar is handed the very same window however often it asks.
 */
export interface CalendarWindows {
  get(from: string, to: string): CalendarWindow | undefined;
  load(from: string, to: string): Promise<CalendarWindow>;
}

interface Made {
  stays: readonly Stay[];
  blocks: readonly BedBlock[];
  window: CalendarWindow;
}

export function calendarWindows(
  client: QueryClient,
  beds: readonly Bed[],
  names: ReadonlyMap<string, PersonName>,
  texts: CalendarTexts,
  target: number,
): CalendarWindows {
  const made = new Map<string, Made>();
  const get = (from: string, to: string) => {
    const stays = client.getQueryData(staysInRangeQuery(from, to).queryKey);
    const blocks = client.getQueryData(bedBlocksQuery(from, to).queryKey);
    if (stays === undefined || blocks === undefined) return undefined;
    const key = `${from}/${to}`;
    const known = made.get(key);
    if (known && known.stays === stays && known.blocks === blocks) return known.window;
    const window = buildCalendarWindow({
      from,
      to,
      beds,
      stays,
      blocks,
      names,
      texts,
      target,
    });
    made.set(key, { stays, blocks, window });
    return window;
  };
  return {
    get,
    load: async (from, to) => {
      await Promise.all([
        client.fetchQuery(staysInRangeQuery(from, to)),
        client.fetchQuery(bedBlocksQuery(from, to)),
      ]);
      const window = get(from, to);
      if (!window) throw new Error(`calendar range ${from}…${to} not in the cache after loading`);
      return window;
    },
  };
}

/**
 * The calendar's windows over the current beds, register names, language and readiness target
 * (undefined until the settings are in: they are among the first screen's reads).
 */
export function useCalendarWindows(
  beds: readonly Bed[] | undefined,
  names: ReadonlyMap<string, PersonName> | undefined,
  texts: CalendarTexts,
  target: number | undefined,
): CalendarWindows | undefined {
  const client = useQueryClient();
  return useMemo(
    () =>
      beds && names && target !== undefined
        ? calendarWindows(client, beds, names, texts, target)
        : undefined,
    [client, beds, names, texts, target],
  );
}
