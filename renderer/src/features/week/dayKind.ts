import { isJapaneseHoliday } from '../../../../shared/domain/dates';
import { weekdayKeyOf } from '../../lib/calendar';

export type DayKind = 'weekday' | 'saturday' | 'sunday' | 'holiday';

/** How a calendar marks the date: a holiday on a Saturday is shown as a holiday (red). */
export function dayKindOf(date: string): DayKind {
  if (isJapaneseHoliday(date)) return 'holiday';
  const weekday = weekdayKeyOf(date);
  if (weekday === 'sun') return 'sunday';
  if (weekday === 'sat') return 'saturday';
  return 'weekday';
}
