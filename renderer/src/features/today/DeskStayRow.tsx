import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../../shared/api/contract';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { fullKana, fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { RegistrationChip } from '../emergency/RegistrationChip';
import { StayKindIcon } from '../week/StayKindIcon';

export type DeskAction = 'checkIn' | 'checkOut' | null;

interface DeskStayRowProps {
  stay: Stay;
  person: PersonName | undefined;
  bed: Bed | undefined;
  action: DeskAction;
  busy: boolean;
  onAction: (stay: Stay, action: Exclude<DeskAction, null>) => void;
}

/** One guest at the desk: who, which bed, what kind of stay, and the one thing to do now. */
export function DeskStayRow({ stay, person, bed, action, busy, onAction }: DeskStayRowProps) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  return (
    <TableRow data-testid={`desk-stay-${stay.id}`}>
      <TableCell>
        <Typography sx={{ fontWeight: 'bold' }}>
          {person ? fullName(person) : t('today.unknownPerson')}
        </Typography>
        {person && (
          <Typography variant="body2" color="text.secondary">
            {fullKana(person)}
          </Typography>
        )}
        {person && <RegistrationChip person={person} />}
      </TableCell>
      <TableCell>{bed?.name ?? ''}</TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          icon={<StayKindIcon kind={stay.kind} />}
          label={t(`stayKind.${stay.kind}`)}
        />
      </TableCell>
      <TableCell>
        {t('date.range', { from: dayHeader(stay.start), to: dayHeader(stay.end) })}
      </TableCell>
      <TableCell>{t(`stayStatus.${stay.status}`)}</TableCell>
      <TableCell align="right">
        {action === 'checkIn' && (
          <Button
            variant="contained"
            size="small"
            startIcon={<LoginIcon aria-hidden />}
            disabled={busy}
            onClick={() => onAction(stay, 'checkIn')}
            data-testid={`check-in-${stay.id}`}
          >
            {t('today.checkIn')}
          </Button>
        )}
        {action === 'checkOut' && (
          <Button
            variant="outlined"
            size="small"
            startIcon={<LogoutIcon aria-hidden />}
            disabled={busy}
            onClick={() => onAction(stay, 'checkOut')}
            data-testid={`check-out-${stay.id}`}
          >
            {t('today.checkOut')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
