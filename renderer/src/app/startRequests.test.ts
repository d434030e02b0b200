import { describe, expect, it } from 'vitest';
import { channelKey } from '../api/queries';
import { bedsQuery } from '../features/beds/useBeds';
import { monthRangeOf } from '../features/calendar/calendarRanges';
import { bedBlocksQuery } from '../features/calendar/useBedBlocks';
import { personNamesQuery } from '../features/calendar/usePersonNames';
import { settingsQuery } from '../features/settings/useSettings';
import { storageStatusQuery } from '../features/storage/useStorageStatus';
import { staysInRangeQuery } from '../features/stays/useStaysInRange';
import { isPrintWindow, startRequests } from './startRequests';

describe('the first screen’s reads', () => {
  const keysOf = (today: string, printing: boolean) =>
    startRequests(today, printing).map(({ channel, input }) => channelKey(channel, input));

  it('are asked with the keys the screens read them by, so no answer is asked twice', () => {
    const month = monthRangeOf('2026-05-12');
    expect(keysOf('2026-05-12', false)).toEqual([
      channelKey('storage.keyState', {}),
      channelKey('session.current', {}),
      storageStatusQuery.queryKey,
      settingsQuery.queryKey,
      bedsQuery.queryKey,
      staysInRangeQuery(month.from, month.to).queryKey,
      bedBlocksQuery(month.from, month.to).queryKey,
      personNamesQuery.queryKey,
    ]);
  });

  it('leave the calendar out of a print window', () => {
    expect(keysOf('2026-05-12', true)).toEqual([
      channelKey('storage.keyState', {}),
      channelKey('session.current', {}),
      storageStatusQuery.queryKey,
      settingsQuery.queryKey,
    ]);
    expect(isPrintWindow({ hash: '#/print/summary/s1' })).toBe(true);
    expect(isPrintWindow({ hash: '#/calendar' })).toBe(false);
  });
});
