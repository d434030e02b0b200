import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/**
 * The calendar's look, from the theme: weekend and today lanes, hatched closed periods, and the
 * stay bars drawn by StayBar itself (FullCalendar's own event box is made transparent).
 */
export function CalendarFrame({ children }: { children: ReactNode }) {
  const theme = useTheme();
  const { calendar, day, focusRing } = theme.tomari;
  return (
    <Box
      component={Paper}
      data-testid="bed-calendar"
      sx={{
        p: 1,
        '& .fc': { fontFamily: theme.typography.fontFamily },
        '& .fc .fc-toolbar-title': { fontSize: '1.25rem' },
        '& .fc .fc-button-primary': {
          backgroundColor: theme.palette.primary.main,
          borderColor: theme.palette.primary.main,
        },
        '& .fc .fc-button-primary:not(:disabled).fc-button-active': {
          backgroundColor: theme.palette.primary.dark,
          borderColor: theme.palette.primary.dark,
        },
        '& .fc .fc-button:focus-visible': {
          outline: `3px solid ${focusRing}`,
          outlineOffset: '2px',
        },
        '& .fc .fc-timeline-slot.tomari-saturday': { backgroundColor: calendar.lane.saturday },
        '& .fc .fc-timeline-slot.tomari-sunday': { backgroundColor: calendar.lane.sunday },
        '& .fc .fc-timeline-slot.tomari-today': {
          backgroundColor: calendar.lane.today,
          borderLeft: `2px solid ${day.sunday}`,
          borderRight: `2px solid ${day.sunday}`,
        },
        '& .fc .fc-timeline-slot-cushion': { width: '100%', padding: 0 },
        '& .fc .fc-timeline-event.tomari-stay': {
          background: 'transparent',
          border: 'none',
          padding: 0,
          marginBottom: '2px',
        },
        '& .fc .fc-timeline-event.tomari-stay .fc-event-main': { padding: 0 },
        '& .fc .fc-bg-event.tomari-block': {
          opacity: 1,
          color: calendar.blocked.foreground,
          backgroundColor: calendar.blocked.background,
          backgroundImage: `repeating-linear-gradient(45deg, ${calendar.blocked.stripe} 0 6px, transparent 6px 12px)`,
        },
        '& .fc [role="button"]:focus-visible': {
          outline: `3px solid ${focusRing}`,
          outlineOffset: '1px',
        },
      }}
    >
      {children}
    </Box>
  );
}
