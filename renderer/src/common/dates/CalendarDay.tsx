import { PickerDay, type PickerDayProps } from '@mui/x-date-pickers/PickerDay';
import { format } from 'date-fns';
import { dayKindOf } from '../../features/week/dayKind';

/**
 * A day of the date picker's calendar marked the way Japanese calendars are, as the week board
 * and the bed calendar do: Saturdays blue, Sundays and national holidays red. A selected day
 * keeps the picker's own contrast.
 */
export function CalendarDay(props: PickerDayProps) {
  const kind = dayKindOf(format(props.day, 'yyyy-MM-dd'));
  return (
    <PickerDay
      {...props}
      data-day-kind={kind}
      sx={(theme) => ({
        ...(props.selected || props.outsideCurrentMonth
          ? {}
          : kind === 'saturday'
            ? { color: theme.tomari.day.saturday }
            : kind === 'sunday' || kind === 'holiday'
              ? { color: theme.tomari.day.sunday }
              : {}),
      })}
    />
  );
}
