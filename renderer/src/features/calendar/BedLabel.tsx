import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Bed } from '../../../../shared/domain/schemas';
import { StayKindIcon } from '../week/StayKindIcon';

/** A row heading: the bed's name, marked (icon and word) when it is kept for emergencies. */
export function BedLabel({ bed }: { bed: Bed }) {
  const { t } = useTranslation();
  return (
    <Box
      data-testid={`calendar-bed-${bed.id}`}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}
    >
      <Typography component="span" variant="body2" sx={{ fontWeight: 'bold' }}>
        {bed.name}
      </Typography>
      {bed.emergencyReserved && (
        <Chip
          size="small"
          color="error"
          icon={<StayKindIcon kind="emergency" />}
          label={t('calendar.emergencyReserved')}
        />
      )}
      {!bed.allows.includes('experience') && !bed.emergencyReserved && (
        <Typography component="span" variant="caption" color="text.secondary">
          {t('calendar.emergencyOnly')}
        </Typography>
      )}
    </Box>
  );
}
