import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../common/ErrorState';
import { PageHeader } from '../../common/PageHeader';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { useBeds } from '../beds/useBeds';
import { usePersonsById } from '../persons/usePersonsById';
import { useStaysInRange } from '../stays/useStaysInRange';
import { BedRow } from './BedRow';
import { DayHeaderCell } from './DayHeaderCell';
import { useWeekNavigation } from './useWeekNavigation';
import { WeekNavigation } from './WeekNavigation';
import { personIdsOf } from './weekGrid';

/** 今週のベッド状況: who holds which bed on each night of one week. */
export function WeekBoard() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const week = useWeekNavigation();
  const beds = useBeds();
  const stays = useStaysInRange(week.from, week.to);
  const persons = usePersonsById(personIdsOf(stays.data ?? []));
  const range = t('date.range', { from: long(week.from), to: long(week.to) });
  const activeBeds = (beds.data ?? []).filter((bed) => bed.active);

  const body = () => {
    if (beds.isError) return <ErrorState error={beds.error} onRetry={() => void beds.refetch()} />;
    if (stays.isError) {
      return <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />;
    }
    if (beds.isPending || stays.isPending) return <LoadingState />;
    if (activeBeds.length === 0) {
      return (
        <Alert severity="info" data-testid="week-board-empty">
          <AlertTitle>{t('week.empty')}</AlertTitle>
          {t('week.emptyHint')}
        </Alert>
      );
    }
    return (
      <TableContainer
        component={Paper}
        // Focusable so keyboard users can scroll the table sideways on a narrow window.
        tabIndex={0}
        role="region"
        aria-label={t('week.scrollRegionLabel')}
      >
        <Table data-testid="week-board" aria-label={t('week.tableLabel', { range })}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('week.bedColumn')}
              </TableCell>
              {week.dates.map((date) => (
                <DayHeaderCell key={date} date={date} isToday={date === week.today} />
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {activeBeds.map((bed) => (
              <BedRow
                key={bed.id}
                bed={bed}
                stays={stays.data}
                dates={week.dates}
                today={week.today}
                persons={persons}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title={week.isThisWeek ? t('week.title') : t('week.titleOtherWeek')}
        subtitle={range}
        subtitleTestId="week-range"
        actions={
          <WeekNavigation
            isThisWeek={week.isThisWeek}
            onPrevious={week.previousWeek}
            onToday={week.thisWeek}
            onNext={week.nextWeek}
          />
        }
      />
      {body()}
    </Stack>
  );
}
