import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { calendarStyles } from './calendarStyles';
import { useFillViewport } from './useFillViewport';

/**
 * The calendar's frame, as tall as the window leaves it, and its one style sheet
 * (calendarStyles, from the theme). The sheet's element is made once per theme, so drawing the
 * calendar again does not rebuild its styles.
 */
export function CalendarFrame({ children }: { children: ReactNode }) {
  const theme = useTheme();
  const styles = useMemo(() => <GlobalStyles styles={calendarStyles(theme)} />, [theme]);
  const ref = useFillViewport<HTMLDivElement>(theme.tomari.calendar.minHeight);
  return (
    <Paper ref={ref} className="tomari-calendar" data-testid="bed-calendar">
      {styles}
      {children}
    </Paper>
  );
}
