import type { CSSObject, Theme } from '@mui/material/styles';
import { stayKindSchema, stayStatusSchema } from '../../../../shared/domain/schemas';

/**
 * The calendar's look, from the theme, as one style sheet scoped to `.tomari-calendar`: weekend
 * and today lanes, hatched closed periods, the stay bars (FullCalendar's own event box is made
 * transparent) and the night headings. Bars and headings are plain elements with class names
 * and data attributes, so a month of them costs no per-element style work.
 */
export function calendarStyles(theme: Theme): CSSObject {
  const { calendar, day, focusRing, stayKind, stayStatusBorder } = theme.tomari;
  const { body2, caption } = theme.typography;
  const bar = '.tomari-calendar .tomari-bar';
  const rules: CSSObject = {
    '.tomari-calendar': { padding: theme.spacing(1) },
    '.tomari-calendar .fc': { fontFamily: theme.typography.fontFamily },
    '.tomari-calendar .fc .fc-toolbar-title': { fontSize: '1.25rem' },
    '.tomari-calendar .fc .fc-button-primary': {
      backgroundColor: theme.palette.primary.main,
      borderColor: theme.palette.primary.main,
    },
    '.tomari-calendar .fc .fc-button-primary:not(:disabled).fc-button-active': {
      backgroundColor: theme.palette.primary.dark,
      borderColor: theme.palette.primary.dark,
    },
    '.tomari-calendar .fc .fc-button:focus-visible': {
      outline: `3px solid ${focusRing}`,
      outlineOffset: '2px',
    },
    '.tomari-calendar .fc .fc-timeline-slot.tomari-saturday': {
      backgroundColor: calendar.lane.saturday,
    },
    '.tomari-calendar .fc .fc-timeline-slot.tomari-sunday': {
      backgroundColor: calendar.lane.sunday,
    },
    '.tomari-calendar .fc .fc-timeline-slot.tomari-today': {
      backgroundColor: calendar.lane.today,
      borderLeft: `2px solid ${day.sunday}`,
      borderRight: `2px solid ${day.sunday}`,
    },
    '.tomari-calendar .fc .fc-timeline-slot-cushion': { width: '100%', padding: 0 },
    '.tomari-calendar .fc .fc-timeline-event.tomari-stay': {
      background: 'transparent',
      border: 'none',
      padding: 0,
      marginBottom: '2px',
    },
    '.tomari-calendar .fc .fc-timeline-event.tomari-stay .fc-event-main': { padding: 0 },
    // A same-day departure: a day of use, no night held (see calendarEvents).
    '.tomari-calendar .fc .fc-timeline-event.tomari-same-day': { opacity: 0.55 },
    '.tomari-calendar .fc .fc-timeline-event.tomari-same-day .tomari-bar': {
      borderStyle: 'dashed',
    },
    '.tomari-calendar .fc .fc-bg-event.tomari-block': {
      opacity: 1,
      color: calendar.blocked.foreground,
      backgroundColor: calendar.blocked.background,
      backgroundImage: `repeating-linear-gradient(45deg, ${calendar.blocked.stripe} 0 6px, transparent 6px 12px)`,
    },
    '.tomari-calendar .fc [role="button"]:focus-visible': {
      outline: `3px solid ${focusRing}`,
      outlineOffset: '1px',
    },

    // A stay bar: kind as icon and word, guest, status.
    [bar]: {
      ...body2,
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      width: '100%',
      minHeight: 28,
      padding: theme.spacing(0, 0.5),
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      cursor: 'pointer',
      borderWidth: 2,
      borderStyle: 'solid',
      borderRadius: theme.shape.borderRadius,
      fontWeight: 'normal',
    },
    '.tomari-calendar .tomari-bar-icon': {
      width: 16,
      height: 16,
      flexShrink: 0,
      fill: 'currentColor',
    },
    '.tomari-calendar .tomari-bar-kind': { ...caption, fontWeight: 'bold' },
    '.tomari-calendar .tomari-bar-name': { ...body2, fontWeight: 'inherit' },
    '.tomari-calendar .tomari-bar-status': { ...caption },
    // Guests in the facility now: filled solid and bold, so they stand out from bookings.
    [`${bar}[data-status="in_stay"]`]: { fontWeight: 'bold' },
    // Tentative bookings are hatched as well as dashed, so they read as provisional.
    [`${bar}[data-status="tentative"]`]: {
      backgroundImage: `repeating-linear-gradient(135deg, ${calendar.tentativeStripe} 0 4px, transparent 4px 9px)`,
    },

    // A night heading: the date (Saturday blue, Sunday and holidays red), free beds, a warning.
    '.tomari-calendar .tomari-night': {
      textAlign: 'center',
      lineHeight: 1.2,
      padding: theme.spacing(0.25, 0),
      width: '100%',
    },
    '.tomari-calendar .tomari-night-date': { ...body2, color: theme.palette.text.primary },
    '.tomari-calendar .tomari-night[data-day="saturday"] .tomari-night-date': {
      color: day.saturday,
    },
    '.tomari-calendar .tomari-night[data-day="sunday"] .tomari-night-date, .tomari-calendar .tomari-night[data-day="holiday"] .tomari-night-date':
      { color: day.sunday },
    '.tomari-calendar .tomari-night[data-today="true"] .tomari-night-date': {
      fontWeight: 'bold',
    },
    '.tomari-calendar .tomari-night-weekday': { fontSize: '0.75em' },
    '.tomari-calendar .tomari-night-today': { ...caption, fontWeight: 'bold' },
    '.tomari-calendar .tomari-night-free': { ...caption, color: theme.palette.text.secondary },
    '.tomari-calendar .tomari-night-alert': {
      ...caption,
      backgroundColor: calendar.noEmergency.background,
      color: calendar.noEmergency.foreground,
      fontWeight: 'bold',
      borderRadius: Number(theme.shape.borderRadius) * 0.5,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
    },
    // A row heading: the bed's name, and a mark (icon and word) for beds kept for emergencies.
    '.tomari-calendar .tomari-bed': {
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      flexWrap: 'wrap',
    },
    '.tomari-calendar .tomari-bed-name': { ...body2, fontWeight: 'bold' },
    '.tomari-calendar .tomari-bed-reserved': {
      display: 'inline-flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      height: 24,
      padding: theme.spacing(0, 1, 0, 0.5),
      borderRadius: 12,
      fontSize: '0.8125rem',
      whiteSpace: 'nowrap',
      color: theme.palette.error.contrastText,
      backgroundColor: theme.palette.error.main,
    },
    '.tomari-calendar .tomari-bed-only': { ...caption, color: theme.palette.text.secondary },
    // A closed period's reason, written in its hatched area.
    '.tomari-calendar .tomari-block-label': {
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      height: '100%',
      padding: theme.spacing(0, 0.5),
      fontSize: '0.75rem',
      fontWeight: 'bold',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
    },
    '.tomari-calendar .tomari-bed-reserved-icon, .tomari-calendar .tomari-block-label-icon': {
      width: 16,
      height: 16,
      flexShrink: 0,
      fill: 'currentColor',
    },
    '.tomari-calendar .tomari-night-alert-icon': {
      width: 12,
      height: 12,
      flexShrink: 0,
      fill: 'currentColor',
    },
  };
  for (const kind of stayKindSchema.options) {
    const booked = stayKind[kind];
    const inStay = calendar.inStay[kind];
    rules[`${bar}[data-kind="${kind}"]`] = {
      color: booked.foreground,
      backgroundColor: booked.background,
      borderColor: booked.border,
    };
    rules[`${bar}[data-kind="${kind}"][data-status="in_stay"]`] = {
      color: inStay.foreground,
      backgroundColor: inStay.background,
      borderColor: inStay.border,
    };
  }
  for (const status of stayStatusSchema.options) {
    rules[`${bar}[data-status="${status}"]`] = {
      ...(rules[`${bar}[data-status="${status}"]`] as CSSObject | undefined),
      borderStyle: stayStatusBorder[status],
    };
  }
  return rules;
}
