import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../../shared/api/contract';
import type { Stay } from '../../../../shared/domain/schemas';
import { StayKindIcon } from './StayKindIcon';
import { fullName } from '../../common/personName';

interface StayCellProps {
  stay: Stay;
  nights: number;
  person: PersonName | undefined;
  personPending: boolean;
}

/** One stay across the nights it holds in this week: kind (icon + word), status and guest. */
export function StayCell({ stay, nights, person, personPending }: StayCellProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const colours = theme.tomari.stayKind[stay.kind];
  const name = person
    ? fullName(person)
    : personPending
      ? t('common.pending')
      : t('week.unknownPerson');
  return (
    <TableCell
      colSpan={nights}
      data-testid={`stay-cell-${stay.id}`}
      data-kind={stay.kind}
      data-status={stay.status}
      sx={{ p: 0.5 }}
    >
      <Box
        sx={{
          bgcolor: colours.background,
          color: colours.foreground,
          border: 2,
          borderStyle: theme.tomari.stayStatusBorder[stay.status],
          borderColor: colours.border,
          borderRadius: 1,
          px: 1,
          py: 0.5,
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
          <StayKindIcon kind={stay.kind} fontSize="small" />
          <Typography component="span" variant="body2" sx={{ fontWeight: 'bold' }}>
            {t(`stayKind.${stay.kind}`)}
          </Typography>
          <Typography component="span" variant="caption">
            {t(`stayStatus.${stay.status}`)}
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
          {name}
        </Typography>
      </Box>
    </TableCell>
  );
}
