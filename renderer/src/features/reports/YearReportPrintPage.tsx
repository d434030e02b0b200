import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { channelQuery } from '../../api/queries';
import { useSettings } from '../settings/useSettings';
import { PrintFrame } from '../summary/PrintFrame';
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
  return (
    <PrintFrame sources={[report, settings]}>
      {() =>
        report.data &&
        settings.data && (
          <YearReportDocument
            report={report.data}
            facilityName={settings.data.facilityName}
            today={today}
          />
        )
      }
    </PrintFrame>
  );
}
