import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useDateLabels } from '../../common/useDateLabels';
import type { NightShown } from './calendarWindow';

/**
 * One line each, whatever the month: a list of nights that wrapped to more lines in one month
 * than in the next would change the grid's height after FullCalendar had drawn the month, and
 * make it measure and draw itself again. A list too long for the line ends in an ellipsis; the
 * whole of it is the alert's text (read out, and shown on hover).
 */
const ONE_LINE = {
  '& .MuiAlert-message': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
} as const;

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
  const list = (some: readonly NightShown[]) =>
    some.map((n) => dayHeader(n.date)).join(t('calendar.nightsSeparator'));
  const fullText = full.length > 0 ? t('calendar.noEmergencyNights', { nights: list(full) }) : '';
  const shortText =
    short.length > 0
      ? t('calendar.shortNights', { nights: list(short), target: short[0]!.target })
      : '';
  return (
    <Stack spacing={0.5}>
      {fullText && (
        <Alert severity="warning" data-testid="no-emergency-alert" title={fullText} sx={ONE_LINE}>
          {fullText}
        </Alert>
      )}
      {shortText && (
        <Alert severity="info" data-testid="short-nights-alert" title={shortText} sx={ONE_LINE}>
          {shortText}
        </Alert>
      )}
    </Stack>
  );
}
