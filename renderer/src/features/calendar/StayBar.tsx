import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { StayKindIcon } from '../week/StayKindIcon';
import { StayTooltip } from './StayTooltip';

interface StayBarProps {
  stay: Stay;
  name: string;
  onOpen: (stayId: string) => void;
}

/**
 * One stay on the calendar: kind as icon and word, guest, status. It is its own button (the
 * calendar's event element is not focusable), so a keyboard user can reach it, read its
 * tooltip on focus and open the stay panel with Enter or Space.
 */
export function StayBar({ stay, name, onOpen }: StayBarProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const tokens = theme.tomari;
  const colours =
    stay.status === 'in_stay' ? tokens.calendar.inStay[stay.kind] : tokens.stayKind[stay.kind];
  const tentative = stay.status === 'tentative';
  const open = () => onOpen(stay.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  return (
    <Tooltip title={<StayTooltip stay={stay} name={name} />} placement="top" enterDelay={300}>
      <Box
        role="button"
        tabIndex={0}
        data-testid={`calendar-stay-${stay.id}`}
        data-kind={stay.kind}
        data-status={stay.status}
        aria-label={t('calendar.stayLabel', {
          kind: t(`stayKind.${stay.kind}`),
          status: t(`stayStatus.${stay.status}`),
          name,
        })}
        onClick={open}
        onKeyDown={onKeyDown}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          width: '100%',
          minHeight: 28,
          px: 0.5,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          cursor: 'pointer',
          color: colours.foreground,
          bgcolor: colours.background,
          border: 2,
          borderColor: colours.border,
          borderStyle: tokens.stayStatusBorder[stay.status],
          borderRadius: 1,
          // Tentative bookings are hatched as well as dashed, so they read as provisional.
          backgroundImage: tentative
            ? `repeating-linear-gradient(135deg, ${tokens.calendar.tentativeStripe} 0 4px, transparent 4px 9px)`
            : 'none',
          fontWeight: stay.status === 'in_stay' ? 'bold' : 'normal',
        }}
      >
        <StayKindIcon kind={stay.kind} sx={{ fontSize: 16 }} />
        <Typography component="span" variant="caption" sx={{ fontWeight: 'bold' }}>
          {t(`stayKind.${stay.kind}`)}
        </Typography>
        <Typography component="span" variant="body2" sx={{ fontWeight: 'inherit' }}>
          {name}
        </Typography>
        <Typography component="span" variant="caption">
          {t(`calendar.statusShort.${stay.status}`)}
        </Typography>
      </Box>
    </Tooltip>
  );
}
