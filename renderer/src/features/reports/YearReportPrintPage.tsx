import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useSettings } from '../settings/useSettings';
import { PrintPageStyles } from '../summary/PrintPageStyles';
import { PrintToolbar } from '../summary/PrintToolbar';
import { useAutoPrint } from '../summary/useAutoPrint';
import { YearReportDocument } from './YearReportDocument';

/** /print/year/:fiscalYear — the yearly report for the 拠点's review, on A4. */
export function YearReportPrintPage() {
  const { fiscalYear = '' } = useParams();
  const year = Number(fiscalYear);
  const report = useQuery(
    channelQuery('reports.year', Number.isInteger(year) ? { fiscalYear: year } : null),
  );
  const settings = useSettings();
  const [today] = useState(() => todayInJapan(new Date()));
  const ready = report.isSuccess && settings.isSuccess;
  useAutoPrint(ready);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {(report.isPending || settings.isPending) && <LoadingState />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {ready && (
        <Box data-print-ready>
          <YearReportDocument
            report={report.data}
            facilityName={settings.data.facilityName}
            today={today}
          />
        </Box>
      )}
    </Box>
  );
}
