/**
 * The bed calendar's FullCalendar options that do not depend on the app: plugins, views, sizes,
 * grouping, interaction switches. One module, so that the benchmark's bare FullCalendar page
 * (test/bench/bare/) draws with exactly the calendar's own packages and options: it must import
 * nothing but FullCalendar.
 */
import type { CalendarOptions } from '@fullcalendar/core';
import jaLocale from '@fullcalendar/core/locales/ja';
import interactionPlugin from '@fullcalendar/interaction';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';

export const TWO_WEEKS_VIEW = 'resourceTimelineTwoWeeks';

/** How wide the calendar's columns are, in CSS pixels (compact enough for a 1366 px laptop). */
export const CALENDAR_SIZES = {
  /** A night's column: a month of 31 nights fits beside the beds at 1366 px. */
  slotMinWidth: 35,
  /** The room and bed columns at the left. */
  roomColumnWidth: 64,
  bedColumnWidth: 108,
} as const;

/** Views and their lengths; the app adds the translated button words. */
export const CALENDAR_VIEWS = {
  resourceTimelineMonth: {},
  [TWO_WEEKS_VIEW]: { type: 'resourceTimeline', duration: { weeks: 2 } },
  resourceTimelineWeek: {},
} as const;

export const CALENDAR_OPTIONS = {
  plugins: [resourceTimelinePlugin, interactionPlugin],
  schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
  locales: [jaLocale],
  // Dates are plain calendar dates: in UTC no zone or daylight saving can shift a day, and
  // "today" comes from Japan time, whatever the computer's zone.
  timeZone: 'UTC',
  initialView: 'resourceTimelineMonth',
  // Weeks and two-week pages start on Monday, as the week board and Japanese care offices do.
  firstDay: 1,
  slotDuration: { days: 1 },
  slotLabelFormat: { day: 'numeric' },
  slotMinWidth: CALENDAR_SIZES.slotMinWidth,
  headerToolbar: {
    left: 'prev,today,next',
    center: 'title',
    right: `resourceTimelineMonth,${TWO_WEEKS_VIEW},resourceTimelineWeek`,
  },
  resourceAreaWidth: CALENDAR_SIZES.roomColumnWidth + CALENDAR_SIZES.bedColumnWidth,
  resourceOrder: 'order',
  selectable: true,
  selectMirror: true,
  editable: true,
  eventResourceEditable: true,
} as const satisfies CalendarOptions;
