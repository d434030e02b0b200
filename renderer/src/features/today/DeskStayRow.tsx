import EditNoteIcon from '@mui/icons-material/EditNote';
import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import UndoIcon from '@mui/icons-material/Undo';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../../shared/api/contract';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { fullKana, fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { RegistrationChip } from '../persons/RegistrationChip';
import { StayKindIcon } from '../week/StayKindIcon';
import type { DeskAction } from './deskActions';

interface DeskStayRowProps {
  stay: Stay;
  person: PersonName | undefined;
  bed: Bed | undefined;
  action: DeskAction;
  busy: boolean;
  onAction: (stay: Stay, action: Exclude<DeskAction, null>) => void;
  onOpen: (stay: Stay) => void;
  /** Opens 本日の記録 (the day's meals, 送迎) when the row has a day to record. */
  onRecordDay?: () => void;
}

const ACTION_ICON = {
  checkIn: <LoginIcon aria-hidden />,
  undoCheckIn: <UndoIcon aria-hidden />,
  checkOut: <LogoutIcon aria-hidden />,
} as const;

const ACTION_TEST_ID = { checkIn: 'check-in', undoCheckIn: 'undo-check-in', checkOut: 'check-out' };

/**
 * One guest at the desk: who (the name opens the stay), which bed, what kind of stay, and the
 * one thing to do now.
 */
export function DeskStayRow({
  stay,
  person,
  bed,
  action,
  busy,
  onAction,
  onOpen,
  onRecordDay,
}: DeskStayRowProps) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const name = person ? fullName(person) : t('today.unknownPerson');
  return (
    <TableRow data-testid={`desk-stay-${stay.id}`}>
      <TableCell>
        <Link
          component="button"
          type="button"
          variant="body1"
          underline="hover"
          onClick={() => onOpen(stay)}
          aria-label={t('today.openStay', { name })}
          data-testid={`desk-open-${stay.id}`}
          sx={{ fontWeight: 'bold', textAlign: 'left' }}
        >
          {name}
        </Link>
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
        {onRecordDay && (
          <Tooltip title={t('days.deskButton')}>
            <IconButton
              size="small"
              onClick={onRecordDay}
              aria-label={t('days.deskButtonFor', { name })}
              data-testid={`record-day-${stay.id}`}
              sx={{ mr: 1 }}
            >
              <EditNoteIcon />
            </IconButton>
          </Tooltip>
        )}
        {action && (
          <Button
            variant={
              action === 'checkIn' ? 'contained' : action === 'checkOut' ? 'outlined' : 'text'
            }
            color={action === 'undoCheckIn' ? 'warning' : 'primary'}
            size="small"
            startIcon={ACTION_ICON[action]}
            disabled={busy}
            onClick={() => onAction(stay, action)}
            aria-label={t(`today.actionFor.${action}`, { name })}
            sx={{ whiteSpace: 'nowrap' }}
            data-testid={`${ACTION_TEST_ID[action]}-${stay.id}`}
          >
            {t(`today.${action}`)}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
