import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateLabels } from '../../common/useDateLabels';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { PrintFrame } from './PrintFrame';
import { SummaryDocument } from './SummaryDocument';
import { useMonthSummaries } from './useMonthSummaries';

/** /print/summaries/:month — every stay that ended in the month, one summary per page. */
export function MonthSummariesPrintPage() {
  const { month = '' } = useParams();
  const { yearMonth } = useDateLabels();
  const { t } = useTranslation();
  const summaries = useMonthSummaries(month);
  const [today] = useState(() => todayInJapan(new Date()));
  const label = t('summary.monthTitle', {
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? yearMonth(month) : month,
  });
  const list = summaries.data ?? [];
  return (
    <PrintFrame sources={[summaries]} label={label}>
      {() => (
        <>
          {list.length === 0 && <Alert severity="info">{t('summary.monthEmpty')}</Alert>}
          {list.map((summary, i) => (
            <Box
              key={summary.stay.id}
              sx={i < list.length - 1 ? { breakAfter: 'page', pageBreakAfter: 'always' } : {}}
            >
              <SummaryDocument summary={summary} today={today} />
            </Box>
          ))}
        </>
      )}
    </PrintFrame>
  );
}
