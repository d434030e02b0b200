import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { useStaySummary } from '../training/useStaySummary';
import { PrintFrame } from './PrintFrame';
import { SummaryDocument } from './SummaryDocument';

/** /print/summary/:stayId — one stay summary on A4, ready for the printer or a PDF. */
export function SummaryPrintPage() {
  const { stayId = '' } = useParams();
  const summary = useStaySummary(stayId);
  const [today] = useState(() => todayInJapan(new Date()));
  return (
    <PrintFrame sources={[summary]}>
      {() => summary.data && <SummaryDocument summary={summary.data} today={today} />}
    </PrintFrame>
  );
}
