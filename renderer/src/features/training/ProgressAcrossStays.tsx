import { LineChart } from '@mui/x-charts/LineChart';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StayProgress } from '../../../../shared/api/contract';
import { useDateLabels } from '../../common/useDateLabels';
import { levelAxis } from './levelAxis';
import { useLevelLabel } from './useLevelWord';

interface ProgressAcrossStaysProps {
  progress: readonly StayProgress[];
  domains: readonly string[];
  domainLabel: (domain: string) => string;
}

/** The average level per stay, a line per domain: progress across the person's stays. */
export function ProgressAcrossStays({ progress, domains, domainLabel }: ProgressAcrossStaysProps) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const levelLabel = useLevelLabel();
  if (progress.length < 2) return <Typography>{t('training.record.acrossNone')}</Typography>;
  const recorded = domains.filter((d) => progress.some((p) => p.domains[d]));
  return (
    <div role="img" aria-label={t('training.record.acrossTitle')}>
      <LineChart
        height={300}
        margin={{ right: 32 }}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            data: progress.map((p) =>
              t('training.record.stayLabel', { start: dayHeader(p.start) }),
            ),
          },
        ]}
        yAxis={[levelAxis(levelLabel)]}
        series={recorded.map((domain) => ({
          id: domain,
          label: domainLabel(domain),
          connectNulls: true,
          curve: 'linear' as const,
          showMark: true,
          data: progress.map((p) => p.domains[domain]?.average ?? null),
        }))}
      />
    </div>
  );
}
