import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../shared/api/contract';
import { channelQuery } from '../../api/queries';
import { QueryView } from '../../common/QueryView';

/** The report tabs that show one fiscal year of one channel. */
type YearReportChannel =
  'reports.occupancy' | 'reports.experience' | 'reports.emergencies' | 'reports.registrations';

/** The year a tab shows, and its period for the CSV export. */
export interface ReportYear {
  fiscalYear: number;
  from: string;
  to: string;
}

/**
 * A tab of 帳票・集計 for one year report: asks its channel for the year and shows `View` once
 * the answer is in (loading and failure through QueryView).
 */
export function yearReportTab<C extends YearReportChannel>(
  channel: C,
  View: ComponentType<{ data: ChannelOutput<C>; from: string; to: string }>,
) {
  return function YearReportTab({ fiscalYear, from, to }: ReportYear) {
    // Every year-report channel takes the same input (`byFiscalYear` in the contract).
    const input: ChannelInput<YearReportChannel> = { fiscalYear };
    const report = useQuery(channelQuery(channel, input as ChannelInput<C>));
    return (
      <QueryView query={report}>{(data) => <View data={data} from={from} to={to} />}</QueryView>
    );
  };
}
