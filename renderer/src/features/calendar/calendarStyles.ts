import type { CSSObject, Theme } from '@mui/material/styles';
import { stayKindSchema, stayStatusSchema } from '../../../../shared/domain/schemas';
import { iconMask, type CalendarIcon } from './calendarIcons';

/** An icon drawn before an element's text in the text's colour (calendarIcons). */
function iconBefore(icon: CalendarIcon, size: number): CSSObject {
  return {
    content: '""',
    display: 'inline-block',
    flexShrink: 0,
    width: size,
    height: size,
    backgroundColor: 'currentColor',
    maskImage: iconMask(icon),
    maskRepeat: 'no-repeat',
    maskPosition: 'center',
    maskSize: 'contain',
  };
}

/**
 * The calendar's look, from the theme, as one style sheet scoped to `.tomari-calendar`: compact
 * rows (a laptop shows most of the facility at once), weekend and today lanes, hatched closed
 * periods, the stay bars (FullCalendar's own event box is made transparent; the bar's kind and
 * status are class names of that box) and the night headings. Bars, rows and headings are plain
 * elements with class names and data attributes, and every icon is a CSS mask, so a month of
 * them costs no per-element style work.
 */
export function calendarStyles(theme: Theme): CSSObject {
  const { calendar, day, focusRing, stayKind, stayStatusBorder } = theme.tomari;
  const { caption } = theme.typography;
  const fc = '.tomari-calendar .fc';
  const bar = '.tomari-calendar .tomari-bar';
  const small = '0.6875rem';
  const rules: CSSObject = {
    // As tall as the page leaves it (never less than minHeight): dates, buttons and the
    // month's last days stay in view while the beds scroll.
    '.tomari-calendar': {
      padding: theme.spacing(1),
      display: 'flex',
      flexDirection: 'column',
      flex: '1 1 0',
      minHeight: calendar.minHeight,
    },
    '.tomari-calendar-root': { flex: 1, minHeight: 0 },
    [fc]: { fontFamily: theme.typography.fontFamily, fontSize: '0.8125rem' },

    // The toolbar: one row of small buttons, the period in the middle.
    [`${fc} .fc-toolbar.fc-header-toolbar`]: { marginBottom: theme.spacing(1) },
    [`${fc} .fc-toolbar-title`]: { fontSize: '1.125rem' },
    [`${fc} .fc-button`]: { padding: '0.2em 0.65em', fontSize: '0.875rem' },
    [`${fc} .fc-button-primary`]: {
      backgroundColor: theme.palette.primary.main,
      borderColor: theme.palette.primary.main,
    },
    [`${fc} .fc-button-primary:not(:disabled).fc-button-active`]: {
      backgroundColor: theme.palette.primary.dark,
      borderColor: theme.palette.primary.dark,
    },
    [`${fc} .fc-button:focus-visible`]: { outline: `3px solid ${focusRing}`, outlineOffset: '2px' },

    // Compact rows: little padding around a row's label and its bars; when rows grow to fill a
    // tall screen, labels and bars sit in the middle of theirs.
    [`${fc} .fc-datagrid-cell-cushion`]: { padding: '1px 4px' },
    [`${fc} .fc-timeline-lane-frame .fc-timeline-events`]: { paddingBottom: 0 },
    [`${fc} td.fc-timeline-lane, ${fc} .fc-datagrid-body td.fc-datagrid-cell`]: {
      verticalAlign: 'middle',
    },
    [`${fc} .fc-datagrid-header .fc-datagrid-cell-cushion`]: { ...caption, fontWeight: 'bold' },
    // A room's cell spans its beds' rows, its name in the middle.
    [`${fc} .fc-resource-group[rowspan] .fc-datagrid-cell-frame`]: {
      display: 'flex',
      alignItems: 'center',
    },
    [`${fc} .fc-resource-group[rowspan] .fc-datagrid-cell-cushion`]: {
      ...caption,
      fontWeight: 'bold',
      whiteSpace: 'normal',
    },

    // Lanes: Saturdays, Sundays and holidays tinted, today outlined.
    [`${fc} .fc-timeline-slot.tomari-saturday`]: { backgroundColor: calendar.lane.saturday },
    [`${fc} .fc-timeline-slot.tomari-sunday`]: { backgroundColor: calendar.lane.sunday },
    [`${fc} .fc-timeline-slot.tomari-today`]: {
      backgroundColor: calendar.lane.today,
      borderLeft: `2px solid ${day.sunday}`,
      borderRight: `2px solid ${day.sunday}`,
    },
    [`${fc} .fc-timeline-slot-cushion`]: { width: '100%', padding: 0 },
    [`${fc} .fc-timeline-event.tomari-stay`]: {
      background: 'transparent',
      border: 'none',
      padding: 0,
      marginBottom: '1px',
    },
    [`${fc} .fc-timeline-event.tomari-stay .fc-event-main`]: { padding: 0 },
    // A same-day departure: a day of use, no night held (see calendarEvents).
    [`${fc} .fc-timeline-event.tomari-same-day`]: { opacity: 0.55 },
    [`${fc} .fc-timeline-event.tomari-same-day .tomari-bar`]: { borderStyle: 'dashed' },
    [`${fc} .fc-bg-event.tomari-block`]: {
      opacity: 1,
      color: calendar.blocked.foreground,
      backgroundColor: calendar.blocked.background,
      backgroundImage: `repeating-linear-gradient(45deg, ${calendar.blocked.stripe} 0 6px, transparent 6px 12px)`,
    },
    [`${fc} [role="button"]:focus-visible`]: {
      outline: `3px solid ${focusRing}`,
      outlineOffset: '1px',
    },
    // A bed name reached by Tab or the arrow keys (calendarAccessibility): the ring is drawn
    // inside the cell, which its scrolling area would otherwise cut off.
    [`${fc} .fc-datagrid-body td[role="gridcell"]:focus-visible`]: {
      outline: `3px solid ${focusRing}`,
      outlineOffset: '-3px',
      boxShadow: 'none',
    },

    // A stay bar: the kind's icon and the guest's name; the status is its fill and outline.
    [bar]: {
      display: 'block',
      width: '100%',
      height: 20,
      boxSizing: 'border-box',
      padding: '0 3px',
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
      cursor: 'pointer',
      fontSize: '0.8125rem',
      lineHeight: '16px',
      borderWidth: 2,
      borderStyle: 'solid',
      borderRadius: theme.shape.borderRadius,
    },
    // Guests in the facility now: filled solid and bold, so they stand out from bookings.
    '.tomari-calendar .tomari-status-in_stay .tomari-bar': { fontWeight: 'bold' },
    // Tentative bookings are hatched as well as dashed, so they read as provisional.
    '.tomari-calendar .tomari-status-tentative .tomari-bar': {
      backgroundImage: `repeating-linear-gradient(135deg, ${calendar.tentativeStripe} 0 4px, transparent 4px 9px)`,
    },

    // A night heading: day, weekday (Saturday blue, Sunday and holidays red), free beds.
    '.tomari-calendar .tomari-night': {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      width: '100%',
      padding: '2px 0',
      lineHeight: 1.2,
      color: theme.palette.text.primary,
    },
    '.tomari-calendar .tomari-night[data-day="saturday"]': { color: day.saturday },
    '.tomari-calendar .tomari-night[data-day="sunday"], .tomari-calendar .tomari-night[data-day="holiday"]':
      { color: day.sunday },
    '.tomari-calendar .tomari-night-day': { fontSize: '0.8125rem' },
    '.tomari-calendar .tomari-night[data-today="true"] .tomari-night-day': {
      fontWeight: 'bold',
      textDecoration: 'underline',
    },
    '.tomari-calendar .tomari-night-weekday': { fontSize: small },
    '.tomari-calendar .tomari-night-free': {
      display: 'flex',
      alignItems: 'center',
      gap: 1,
      minHeight: '1.2em',
      padding: '0 2px',
      fontSize: small,
      color: theme.palette.text.secondary,
      borderRadius: Number(theme.shape.borderRadius) * 0.5,
    },
    // A night short of the beds kept free for emergencies: the free count on amber, the figures
    // and who holds the beds on hover (docs/readiness.md). A night with no emergency bed at all
    // is short too, and the red below wins.
    '.tomari-calendar .tomari-night[data-short="true"] .tomari-night-free': {
      backgroundColor: calendar.short.background,
      color: calendar.short.foreground,
      fontWeight: 'bold',
    },
    // A night no bed could take an emergency: the free count on red, a warning icon, the
    // reason on hover (and in words above the calendar).
    '.tomari-calendar .tomari-night[data-no-emergency="true"] .tomari-night-free': {
      backgroundColor: calendar.noEmergency.background,
      color: calendar.noEmergency.foreground,
      fontWeight: 'bold',
    },
    '.tomari-calendar .tomari-night[data-no-emergency="true"] .tomari-night-free::before':
      iconBefore('warning', 9),

    // A row heading: the bed's name, and a mark for beds kept for emergencies.
    '.tomari-calendar .tomari-bed': {
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      overflow: 'hidden',
      whiteSpace: 'nowrap',
    },
    // The mark gives way (cut, with the whole word on hover) rather than push the name out.
    '.tomari-calendar .tomari-bed-name': {
      fontWeight: 'bold',
      fontSize: '0.8125rem',
      flexShrink: 0,
    },
    '.tomari-calendar .tomari-bed-reserved': {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 2,
      minWidth: 0,
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      height: 18,
      padding: '0 5px 0 3px',
      borderRadius: 9,
      fontSize: small,
      color: theme.palette.error.contrastText,
      backgroundColor: theme.palette.error.main,
    },
    '.tomari-calendar .tomari-bed-reserved::before': iconBefore('emergency', 11),
    '.tomari-calendar .tomari-bed-only': {
      minWidth: 0,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      fontSize: small,
      color: theme.palette.text.secondary,
    },
    // A closed period's reason, written in its hatched area.
    '.tomari-calendar .tomari-block-label': {
      display: 'flex',
      alignItems: 'center',
      gap: 3,
      height: '100%',
      padding: '0 4px',
      fontSize: small,
      fontWeight: 'bold',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
    },
    '.tomari-calendar .tomari-block-label::before': iconBefore('block', 12),
  };
  for (const kind of stayKindSchema.options) {
    const booked = stayKind[kind];
    const inStay = calendar.inStay[kind];
    rules[`.tomari-calendar .tomari-stay-${kind} .tomari-bar`] = {
      color: booked.foreground,
      backgroundColor: booked.background,
      borderColor: booked.border,
    };
    rules[`.tomari-calendar .tomari-stay-${kind} .tomari-bar::before`] = {
      ...iconBefore(kind, 13),
      verticalAlign: '-2px',
      marginRight: 3,
    };
    rules[`.tomari-calendar .tomari-stay-${kind}.tomari-status-in_stay .tomari-bar`] = {
      color: inStay.foreground,
      backgroundColor: inStay.background,
      borderColor: inStay.border,
    };
  }
  for (const status of stayStatusSchema.options) {
    const selector = `.tomari-calendar .tomari-status-${status} .tomari-bar`;
    rules[selector] = {
      ...(rules[selector] as CSSObject | undefined),
      borderStyle: stayStatusBorder[status],
    };
  }
  return rules;
}
