import TableCell from '@mui/material/TableCell';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

/** A free night; the word is for screen readers, sighted users see the empty cell. */
export function FreeCell({
  bedId,
  date,
  isToday,
}: {
  bedId: string;
  date: string;
  isToday: boolean;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <TableCell
      data-testid={`free-cell-${bedId}-${date}`}
      sx={{ bgcolor: isToday ? theme.tomari.day.todayBackground : undefined }}
    >
      <span className="visually-hidden">{t('week.vacant')}</span>
    </TableCell>
  );
}
