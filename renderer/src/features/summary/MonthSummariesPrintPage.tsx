import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateLabels } from '../../common/useDateLabels';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PrintPageStyles } from './PrintPageStyles';
import { PrintToolbar } from './PrintToolbar';
import { SummaryDocument } from './SummaryDocument';
import { useAutoPrint } from './useAutoPrint';
import { useMonthSummaries } from './useMonthSummaries';

/** /print/summaries/:month — every stay that ended in the month, one summary per page. */
export function MonthSummariesPrintPage() {
  const { month = '' } = useParams();
  const { yearMonth } = useDateLabels();
  const { t } = useTranslation();
  const summaries = useMonthSummaries(month);
  const [today] = useState(() => todayInJapan(new Date()));
  useAutoPrint(summaries.isSuccess);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {summaries.isPending && <LoadingState />}
      {summaries.isError && (
        <ErrorState error={summaries.error} onRetry={() => summaries.refetch()} />
      )}
      {summaries.isSuccess && (
        <Box
          data-print-ready
          aria-label={t('summary.monthTitle', {
            month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? yearMonth(month) : month,
          })}
        >
          {summaries.data.length === 0 && <Alert severity="info">{t('summary.monthEmpty')}</Alert>}
          {summaries.data.map((summary, i) => (
            <Box
              key={summary.stay.id}
              sx={
                i < summaries.data.length - 1
                  ? { breakAfter: 'page', pageBreakAfter: 'always' }
                  : {}
              }
            >
              <SummaryDocument summary={summary} today={today} />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
