import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { PrintButtons } from '../summary/PrintButtons';
import { GoalsEditor } from './GoalsEditor';
import { LevelChart } from './LevelChart';
import { ProgressAcrossStays } from './ProgressAcrossStays';
import { RecordTable } from './RecordTable';
import { StaffCommentEditor } from './StaffCommentEditor';
import { useDomainLabel } from './useDomainLabel';
import { useStaySummary } from './useStaySummary';
import { useTrainingProgress } from './useTrainingProgress';
import { fullName } from '../../common/personName';

/** One stay's training: goals, the day × domain table, and the level over days and over stays. */
export function StayRecordPage() {
  const { stayId = '' } = useParams();
  const { t } = useTranslation();
  const { long, yearMonth } = useDateLabels();
  const summary = useStaySummary(stayId);
  const progress = useTrainingProgress(summary.data?.person.id);
  const domainLabel = useDomainLabel(summary.data?.domainLabels ?? {});

  if (summary.isPending) return <LoadingState />;
  if (summary.isError)
    return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  const { stay, person, domains, records, goals } = summary.data;
  const held = stay.status !== 'cancelled' && stay.status !== 'bumped';

  return (
    <Box sx={{ p: 3, maxWidth: 1280, mx: 'auto' }} data-testid="stay-record-page">
      <Link component={RouterLink} to="/records">
        {t('training.record.back')}
      </Link>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' }, my: 2 }}
      >
        <Box>
          <Typography variant="h4" component="h1">
            {t('training.record.title')}：{fullName(person)}
          </Typography>
          <Typography>
            {t(`stayKind.${stay.kind}`)} · {t(`stayStatus.${stay.status}`)} ·{' '}
            {t('date.range', { from: long(stay.start), to: long(stay.end) })}
          </Typography>
        </Box>
        <Stack spacing={1}>
          <PrintButtons
            route={`/print/summary/${stay.id}`}
            printLabel={t('training.record.print')}
          />
          <Link component={RouterLink} to={`/print/summaries/${stay.end.slice(0, 7)}`}>
            {t('training.record.monthPrint', { month: yearMonth(stay.end.slice(0, 7)) })}
          </Link>
        </Stack>
      </Stack>
      {!held && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('training.record.notHeld', { status: t(`stayStatus.${stay.status}`) })}
        </Alert>
      )}
      <Paper sx={{ p: 2, mb: 3 }}>
        <GoalsEditor
          key={JSON.stringify(goals)}
          stayId={stay.id}
          domains={domains}
          domainLabel={domainLabel}
          goals={goals}
        />
      </Paper>
      <Paper sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="table-title">
        <Typography id="table-title" variant="h6" component="h2">
          {t('training.record.tableTitle')}
        </Typography>
        <RecordTable
          start={stay.start}
          end={stay.end}
          domains={domains}
          domainLabel={domainLabel}
          records={records}
          authors={summary.data.authors}
        />
      </Paper>
      <Paper sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="chart-title">
        <Typography id="chart-title" variant="h6" component="h2">
          {t('training.record.chartTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('training.record.chartHint')}
        </Typography>
        <LevelChart
          start={stay.start}
          end={stay.end}
          domains={domains}
          domainLabel={domainLabel}
          records={records}
          label={t('training.record.chartTitle')}
        />
      </Paper>
      <Paper sx={{ p: 2, mb: 3 }}>
        <StaffCommentEditor stayId={stay.id} comment={stay.staffComment} />
      </Paper>
      <Paper sx={{ p: 2 }} component="section" aria-labelledby="across-title">
        <Typography id="across-title" variant="h6" component="h2">
          {t('training.record.acrossTitle')}
        </Typography>
        {progress.isError && <ErrorState error={progress.error} />}
        {progress.data && (
          <ProgressAcrossStays
            progress={progress.data}
            domains={domains}
            domainLabel={domainLabel}
          />
        )}
      </Paper>
    </Box>
  );
}
