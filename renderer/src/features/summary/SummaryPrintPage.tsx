import Box from '@mui/material/Box';
import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useStaySummary } from '../training/useStaySummary';
import { PrintPageStyles } from './PrintPageStyles';
import { PrintToolbar } from './PrintToolbar';
import { SummaryDocument } from './SummaryDocument';
import { useAutoPrint } from './useAutoPrint';

/** /print/summary/:stayId — one stay summary on A4, ready for the printer or a PDF. */
export function SummaryPrintPage() {
  const { stayId = '' } = useParams();
  const summary = useStaySummary(stayId);
  const [today] = useState(() => todayInJapan(new Date()));
  useAutoPrint(summary.isSuccess);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {summary.isPending && <LoadingState />}
      {summary.isError && <ErrorState error={summary.error} onRetry={() => summary.refetch()} />}
      {summary.isSuccess && (
        // The Electron printer waits for this marker before it prints.
        <Box data-print-ready>
          <SummaryDocument summary={summary.data} today={today} />
        </Box>
      )}
    </Box>
  );
}
