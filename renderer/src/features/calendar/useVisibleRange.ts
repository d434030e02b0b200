import { useCallback, useState } from 'react';
import { monthRangeOf } from './calendarRanges';

/** The dates on screen (inclusive); starts with the month of `today`, as the calendar does. */
export function useVisibleRange(today: string) {
  const [range, setRange] = useState(() => monthRangeOf(today));
  const onRangeChange = useCallback((from: string, to: string) => {
    setRange((r) => (r.from === from && r.to === to ? r : { from, to }));
  }, []);
  return { ...range, onRangeChange };
}
