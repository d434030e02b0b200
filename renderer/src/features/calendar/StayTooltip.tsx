import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { nightsOf, stayDates } from '../../../../shared/domain/dates';
import type { Stay } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';

/**
 * What hovering or focusing a stay tells: guest, dates, days and the booking note. Never care
 * notes or contacts: the calendar is on screen at the front desk.
 */
export function StayTooltip({ stay, name }: { stay: Stay; name: string }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  return (
    <Box data-testid="stay-tooltip">
      <Typography variant="subtitle2">{name}</Typography>
      <Typography variant="body2">
        {t(`stayKind.${stay.kind}`)}・{t(`stayStatus.${stay.status}`)}
      </Typography>
      <Typography variant="body2">
        {t('date.range', { from: long(stay.start), to: long(stay.end) })}
      </Typography>
      <Typography variant="body2">
        {t('calendar.daysAndNights', {
          days: stayDates(stay.start, stay.end).length,
          nights: nightsOf(stay.start, stay.end),
        })}
      </Typography>
      {stay.note && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {t('calendar.notePrefix')}
          {stay.note}
        </Typography>
      )}
    </Box>
  );
}
