import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { Bed } from '../../../../shared/domain/schemas';
import { StayKindIcon } from './StayKindIcon';

/** The row heading: which bed, where, and which kinds of stay it takes. */
export function BedHeaderCell({ bed }: { bed: Bed }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <TableCell component="th" scope="row" sx={{ minWidth: theme.tomari.boardBedColumnMinWidth }}>
      <Stack spacing={0.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography component="span" sx={{ fontWeight: 'bold' }}>
            {bed.name}
          </Typography>
          {bed.emergencyReserved && (
            <Chip
              size="small"
              color="error"
              icon={<StayKindIcon kind="emergency" />}
              label={t('week.emergencyReserved')}
            />
          )}
        </Stack>
        {bed.room !== undefined && bed.room !== '' && (
          <Typography variant="body2" color="text.secondary">
            {bed.room}
          </Typography>
        )}
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="caption" color="text.secondary">
            {t('week.allowsLabel')}
          </Typography>
          {bed.allows.map((kind) => (
            <Chip
              key={kind}
              size="small"
              variant="outlined"
              icon={<StayKindIcon kind={kind} />}
              label={t(`stayKind.${kind}`)}
              sx={{
                color: theme.tomari.stayKind[kind].foreground,
                borderColor: theme.tomari.stayKind[kind].border,
                '& .MuiChip-icon': { color: 'inherit' },
              }}
            />
          ))}
        </Stack>
      </Stack>
    </TableCell>
  );
}
