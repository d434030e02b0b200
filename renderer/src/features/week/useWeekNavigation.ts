import { useCallback, useState } from 'react';
import { addDays } from '../../../../shared/domain/dates';
import { datesFrom, mondayOf, todayInJapan } from '../../lib/calendar';

export const DAYS_PER_WEEK = 7;

/** Which Monday-to-Sunday week the board shows, and today's date for marking its column. */
export function useWeekNavigation() {
  const [today, setToday] = useState(todayInJapan);
  const [weekStart, setWeekStart] = useState(() => mondayOf(today));

  const previousWeek = useCallback(
    () => setWeekStart((start) => addDays(start, -DAYS_PER_WEEK)),
    [],
  );
  const nextWeek = useCallback(() => setWeekStart((start) => addDays(start, DAYS_PER_WEEK)), []);
  // Re-reads the clock: a board left open overnight jumps to the real today.
  const thisWeek = useCallback(() => {
    const now = todayInJapan();
    setToday(now);
    setWeekStart(mondayOf(now));
  }, []);

  const dates = datesFrom(weekStart, DAYS_PER_WEEK);
  return {
    today,
    dates,
    from: weekStart,
    to: addDays(weekStart, DAYS_PER_WEEK - 1),
    isThisWeek: weekStart === mondayOf(today),
    previousWeek,
    nextWeek,
    thisWeek,
  };
}
