import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { todayInJapan } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { usePersonStays } from './usePersonStays';

/** The person's stays, newest first; upcoming ones marked so the two read apart at a glance. */
export function PersonStaysTable({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const stays = usePersonStays(personId);
  const today = todayInJapan(new Date());
  if (stays.isPending) return <LoadingState />;
  if (stays.isError) return <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />;
  if (stays.data.length === 0) {
    return <Typography color="text.secondary">{t('persons.stays.empty')}</Typography>;
  }
  return (
    <Table size="small" aria-label={t('persons.stays.tableLabel')} data-testid="person-stays">
      <TableHead>
        <TableRow>
          <TableCell>{t('persons.stays.when')}</TableCell>
          <TableCell>{t('persons.stays.dates')}</TableCell>
          <TableCell>{t('persons.stays.kind')}</TableCell>
          <TableCell>{t('persons.stays.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stays.data.map((stay) => {
          const upcoming = stay.end >= today;
          return (
            <TableRow key={stay.id} data-testid={`person-stay-${stay.id}`}>
              <TableCell>
                <Chip
                  size="small"
                  variant={upcoming ? 'filled' : 'outlined'}
                  color={upcoming ? 'primary' : 'default'}
                  label={upcoming ? t('persons.stays.upcoming') : t('persons.stays.past')}
                />
              </TableCell>
              <TableCell>
                {t('date.range', { from: long(stay.start), to: long(stay.end) })}
              </TableCell>
              <TableCell>{t(`stayKind.${stay.kind}`)}</TableCell>
              <TableCell>{t(`stayStatus.${stay.status}`)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
