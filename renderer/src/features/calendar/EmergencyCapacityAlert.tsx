import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { NightCapacity } from '../../../../shared/domain/capacity';
import { useDateLabels } from '../../common/useDateLabels';

/** Above the grid: the nights when no bed could take an emergency, in words. */
export function EmergencyCapacityAlert({ nights }: { nights: readonly NightCapacity[] }) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const full = nights.filter((n) => n.noEmergencyBed);
  if (full.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="no-emergency-alert">
      {t('calendar.noEmergencyNights', {
        nights: full.map((n) => dayHeader(n.date)).join('、'),
      })}
    </Alert>
  );
}
