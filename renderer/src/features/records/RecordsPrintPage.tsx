import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PrintPageStyles } from '../summary/PrintPageStyles';
import { PrintToolbar } from '../summary/PrintToolbar';
import { useAutoPrint } from '../summary/useAutoPrint';
import { RecordChecks } from './RecordChecks';
import { RecordSheet } from './RecordSheet';

/**
 * /print/records/:month — every guest's 実績記録票 of the month, each on its own page(s);
 * /print/records/:month/:personId — one guest's. The check before printing is shown above
 * the papers on screen, never on paper.
 */
export function RecordsPrintPage() {
  const { month = '', personId } = useParams();
  const { t } = useTranslation();
  const one = useQuery(channelQuery('records.month', personId ? { personId, month } : null));
  const all = useQuery(channelQuery('records.monthAll', personId ? null : { month }));
  const query = personId ? one : all;
  const records = personId ? (one.data ? [one.data] : undefined) : all.data;
  const [today] = useState(() => todayInJapan(new Date()));
  useAutoPrint(query.isSuccess);
  const printed = (records ?? []).filter((r) => r.days.length > 0);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {records && (
        <Box className="no-print" sx={{ px: 2, pb: 2 }}>
          <RecordChecks records={records} />
        </Box>
      )}
      {records && (
        // The Electron printer waits for this marker before it prints.
        <Box data-print-ready aria-label={t('records.printAllTitle', { month })}>
          {printed.length === 0 && <Alert severity="info">{t('records.empty')}</Alert>}
          {printed.map((record, i) => (
            <Box
              key={record.person.id}
              sx={i < printed.length - 1 ? { breakAfter: 'page', pageBreakAfter: 'always' } : {}}
            >
              <RecordSheet record={record} today={today} />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
