import { useCallback, useState } from 'react';
import { addDays } from '../../../../shared/domain/dates';

/** The month of `today` (inclusive dates): the range the calendar opens on. */
export function monthRangeOf(today: string): { from: string; to: string } {
  const first = `${today.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 40).slice(0, 7);
  return { from: first, to: addDays(`${nextMonth}-01`, -1) };
}

/** The dates on screen (inclusive); starts with the month of `today`, as the calendar does. */
export function useVisibleRange(today: string) {
  const [range, setRange] = useState(() => monthRangeOf(today));
  const onRangeChange = useCallback((from: string, to: string) => {
    setRange((r) => (r.from === from && r.to === to ? r : { from, to }));
  }, []);
  return { ...range, onRangeChange };
}
