import type { CalendarOptions } from '@fullcalendar/core';
import FullCalendar from '@fullcalendar/react';
import { memo, type Ref } from 'react';

/**
 * FullCalendar's React component, drawn again only when its options object changes. The
 * component itself hands every option to the calendar again on every React render around it
 * (a tooltip shown, a month named above), and a calendar told its options again may draw the
 * whole month again: this wrapper keeps those renders out.
 */
export const FullCalendarOnce = memo(function FullCalendarOnce({
  options,
  ref,
}: {
  options: CalendarOptions;
  ref?: Ref<FullCalendar>;
}) {
  return <FullCalendar ref={ref} {...options} />;
});
