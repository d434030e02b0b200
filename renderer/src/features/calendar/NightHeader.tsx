import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { NightCapacity } from '../../../../shared/domain/capacity';
import { datePartsOf, weekdayKeyOf } from '../../lib/calendar';
import { dayKindOf } from '../week/dayKind';

interface NightHeaderProps {
  date: string;
  isToday: boolean;
  capacity: NightCapacity | undefined;
}

/**
 * The column heading of one night: the date the Japanese way (Saturday blue, Sunday and
 * holidays red, with 祝 written for holidays), then how many beds are free and, when no bed
 * could take an emergency, a warning in words.
 */
export function NightHeader({ date, isToday, capacity }: NightHeaderProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const kind = dayKindOf(date);
  const colour =
    kind === 'saturday'
      ? theme.tomari.day.saturday
      : kind === 'weekday'
        ? 'text.primary'
        : theme.tomari.day.sunday;
  const { day } = datePartsOf(date);
  return (
    <Box
      data-testid={`night-${date}`}
      data-free={capacity?.freeBeds}
      data-no-emergency={capacity?.noEmergencyBed ? 'true' : 'false'}
      sx={{ textAlign: 'center', lineHeight: 1.2, py: 0.25, width: '100%' }}
    >
      <Typography
        component="div"
        variant="body2"
        sx={{ color: colour, fontWeight: isToday ? 'bold' : 'normal' }}
      >
        {day}
        <Box component="span" sx={{ fontSize: '0.75em' }}>
          ({t(`weekday.${weekdayKeyOf(date)}`)}){kind === 'holiday' ? t('calendar.holiday') : ''}
        </Box>
      </Typography>
      {isToday && (
        <Typography component="div" variant="caption" sx={{ fontWeight: 'bold' }}>
          {t('calendar.today')}
        </Typography>
      )}
      {capacity && (
        <Typography component="div" variant="caption" color="text.secondary">
          {t('calendar.freeShort', { n: capacity.freeBeds })}
        </Typography>
      )}
      {capacity?.noEmergencyBed && (
        <Tooltip title={t('calendar.noEmergencyBedLong')}>
          <Typography
            component="div"
            variant="caption"
            data-testid={`no-emergency-${date}`}
            sx={{
              bgcolor: theme.tomari.calendar.noEmergency.background,
              color: theme.tomari.calendar.noEmergency.foreground,
              fontWeight: 'bold',
              borderRadius: 0.5,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <WarningAmberIcon aria-hidden sx={{ fontSize: 12 }} />
            {t('calendar.noEmergencyShort')}
          </Typography>
        </Tooltip>
      )}
    </Box>
  );
}
