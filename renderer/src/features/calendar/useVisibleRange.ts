import { useCallback, useState } from 'react';
import { addDays } from '../../../../shared/domain/dates';

/** The dates on screen (inclusive); starts with the month of `today`, as the calendar does. */
export function useVisibleRange(today: string) {
  const first = `${today.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 40).slice(0, 7);
  const [range, setRange] = useState({ from: first, to: addDays(`${nextMonth}-01`, -1) });
  const onRangeChange = useCallback((from: string, to: string) => {
    setRange((r) => (r.from === from && r.to === to ? r : { from, to }));
  }, []);
  return { ...range, onRangeChange };
}
