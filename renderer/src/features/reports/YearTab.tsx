import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInJapan } from '../../../../shared/domain/dates';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useSettings } from '../settings/useSettings';
import { PrintButtons } from '../summary/PrintButtons';
import { YearReportDocument } from './YearReportDocument';

/** 年次報告: the yearly report as it will print, and its print buttons. */
export function YearTab({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const report = useQuery(channelQuery('reports.year', { fiscalYear }));
  const facilityName = useSettings().data?.facilityName ?? '';
  const [today] = useState(() => todayInJapan(new Date()));
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.year.intro')}</Typography>
      <PrintButtons
        route={`/print/year/${fiscalYear}`}
        printLabel={t('reports.year.print')}
        testId="year-print"
      />
      {report.isPending && <LoadingState />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
          <YearReportDocument report={report.data} facilityName={facilityName} today={today} />
        </Paper>
      )}
    </Stack>
  );
}
