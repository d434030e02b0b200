import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useDateLabels } from '../../common/useDateLabels';
import type { NightShown } from './calendarWindow';

/**
 * Above the grid, in words: the nights when no bed could take an emergency, and the other
 * nights short of the beds the facility keeps free for one (docs/readiness.md).
 */
export function EmergencyCapacityAlert({ nights }: { nights: readonly NightShown[] }) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const full = nights.filter((n) => n.noEmergencyBed);
  const short = nights.filter((n) => n.short && !n.noEmergencyBed);
  if (full.length === 0 && short.length === 0) return null;
  const list = (some: readonly NightShown[]) => some.map((n) => dayHeader(n.date)).join('、');
  return (
    <Stack spacing={0.5}>
      {full.length > 0 && (
        <Alert severity="warning" data-testid="no-emergency-alert">
          {t('calendar.noEmergencyNights', { nights: list(full) })}
        </Alert>
      )}
      {short.length > 0 && (
        <Alert severity="info" data-testid="short-nights-alert">
          {t('calendar.shortNights', { nights: list(short), target: short[0]!.target })}
        </Alert>
      )}
    </Stack>
  );
}
