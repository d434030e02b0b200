import { LineChart } from '@mui/x-charts/LineChart';
import { stayDates } from '../../../../shared/domain/dates';
import type { TrainingRecord } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';
import { levelAxis } from './levelAxis';
import { useLevelLabel } from './useLevelWord';

interface LevelChartProps {
  start: string;
  end: string;
  domains: readonly string[];
  domainLabel: (domain: string) => string;
  records: readonly TrainingRecord[];
  label: string;
}

/** The level over the days of one stay, a line per domain that has records. */
export function LevelChart({ start, end, domains, domainLabel, records, label }: LevelChartProps) {
  const { dayHeader } = useDateLabels();
  const levelLabel = useLevelLabel();
  const dates = stayDates(start, end);
  const recorded = domains.filter((d) => records.some((r) => r.domain === d));
  const series = recorded.map((domain) => ({
    id: domain,
    label: domainLabel(domain),
    connectNulls: true,
    curve: 'linear' as const,
    showMark: true,
    data: dates.map(
      (date) => records.find((r) => r.date === date && r.domain === domain)?.level ?? null,
    ),
    valueFormatter: (value: number | null) => (value === null ? '—' : levelLabel(value as 1)),
  }));
  return (
    <div role="img" aria-label={label}>
      <LineChart
        height={300}
        margin={{ right: 32 }}
        skipAnimation
        xAxis={[{ scaleType: 'point', data: dates.map(dayHeader) }]}
        yAxis={[levelAxis(levelLabel)]}
        series={series}
      />
    </div>
  );
}
