import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useDateLabels } from '../../common/useDateLabels';
import { dayKindOf } from './dayKind';

/** A date column heading: weekend and holiday colours, with 祝 and 今日 written out as well. */
export function DayHeaderCell({ date, isToday }: { date: string; isToday: boolean }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { dayHeader, long } = useDateLabels();
  const kind = dayKindOf(date);
  const colour =
    kind === 'saturday'
      ? theme.tomari.day.saturday
      : kind === 'sunday' || kind === 'holiday'
        ? theme.tomari.day.sunday
        : undefined;
  return (
    <TableCell
      component="th"
      scope="col"
      align="center"
      aria-current={isToday ? 'date' : undefined}
      title={long(date)}
      data-date={date}
      sx={{
        minWidth: theme.tomari.boardDayColumnMinWidth,
        color: colour,
        fontWeight: 'bold',
        bgcolor: isToday ? theme.tomari.day.todayBackground : undefined,
      }}
    >
      {dayHeader(date)}
      {kind === 'holiday' && (
        <Box component="span" sx={{ ml: 0.5 }}>
          {t('week.holiday')}
        </Box>
      )}
      {isToday && (
        <Box component="span" sx={{ display: 'block', fontSize: 'caption.fontSize' }}>
          {t('week.todayMarker')}
        </Box>
      )}
    </TableCell>
  );
}
