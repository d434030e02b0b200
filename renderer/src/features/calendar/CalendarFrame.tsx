import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { calendarStyles } from './calendarStyles';

/**
 * The calendar's frame and its one style sheet (calendarStyles, from the theme). The sheet's
 * element is made once per theme, so re-drawing the calendar does not rebuild its styles.
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
