import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { calendarStyles } from './calendarStyles';

/**
 * The calendar's frame and its one style sheet (calendarStyles, from the theme). The frame takes
 * the height the page leaves it (the screen area is a column as tall as the window, AppShell),
 * by layout alone: FullCalendar measures itself once, already at its final size. The sheet's
 * element is made once per theme, so drawing the calendar again does not rebuild its styles.
 */
export function CalendarFrame({ children }: { children: ReactNode }) {
  const theme = useTheme();
  const styles = useMemo(() => <GlobalStyles styles={calendarStyles(theme)} />, [theme]);
  return (
    <Paper className="tomari-calendar" data-testid="bed-calendar">
      {styles}
      {children}
    </Paper>
  );
}
