import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/dates';
import type { Bed } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { todayInJapan } from '../../lib/calendar';
import { useBedBlocks } from '../calendar/useBedBlocks';
import { useUnblockBed } from './useBedMutations';

/** How far ahead closures are listed; anything planned further out is unusual. */
const LIST_DAYS_AHEAD = 730;

/** Current and coming closures, each with a way to reopen the bed. */
export function BlockList({ beds }: { beds: readonly Bed[] }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const today = todayInJapan();
  const blocks = useBedBlocks(today, addDays(today, LIST_DAYS_AHEAD));
  const unblock = useUnblockBed();
  if (blocks.isPending) return <LoadingState />;
  if (blocks.isError)
    return <ErrorState error={blocks.error} onRetry={() => void blocks.refetch()} />;
  if (blocks.data.length === 0)
    return <Typography color="text.secondary">{t('beds.noBlocks')}</Typography>;
  return (
    <>
      {unblock.isError && (
        <Alert severity="error" role="alert">
          {describeApiError(unblock.error, t).message}
        </Alert>
      )}
      <Table size="small" aria-label={t('beds.blocksTitle')} data-testid="block-list">
        <TableHead>
          <TableRow>
            <TableCell>{t('beds.blockBed')}</TableCell>
            <TableCell>{t('beds.blockPeriod')}</TableCell>
            <TableCell>{t('beds.blockReason')}</TableCell>
            <TableCell align="right">{t('beds.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {blocks.data.map((block) => (
            <TableRow key={block.id} data-testid={`block-${block.id}`}>
              <TableCell>{beds.find((b) => b.id === block.bedId)?.name ?? ''}</TableCell>
              <TableCell>
                {t('date.range', { from: long(block.start), to: long(block.end) })}
              </TableCell>
              <TableCell>{block.reason}</TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  startIcon={<LockOpenIcon aria-hidden />}
                  disabled={unblock.isPending}
                  onClick={() => unblock.mutate(block.id)}
                  data-testid={`unblock-${block.id}`}
                >
                  {t('beds.unblock')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
