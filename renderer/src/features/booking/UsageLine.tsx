import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useUsage } from './useUsage';

/** 「2026年度の体験利用 12日 / 30日（残り 18日）」 for the person being booked. */
export function UsageLine({ personId, fiscalYear }: { personId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const usage = useUsage(personId, fiscalYear);
  // After a change elsewhere (an emergency bumping this person's stay), the cached figure is
  // stale and being fetched again: showing it would state a usage that is no longer true.
  if (!usage.data || (usage.isRefetching && usage.isStale)) return null;
  const { experienceDays, cap, remaining } = usage.data;
  return (
    <Typography variant="body2" data-testid="usage-line">
      {t('booking.usage', { fiscalYear, used: experienceDays, cap, remaining })}
    </Typography>
  );
}
