import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { DepartureKind } from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';

interface DepartureConfirmDialogProps {
  stay: Stay;
  name: string;
  date: string;
  kind: Exclude<DepartureKind, 'asPlanned'>;
  onConfirm: () => void;
  onCancel: () => void;
  /** Asked from the desk's row, which has no planned-departure field: point to the stay panel. */
  showPlanHint?: boolean;
}

/** Asks before a check-out that ends the stay earlier than booked, saying what it frees. */
export function DepartureConfirmDialog(props: DepartureConfirmDialogProps) {
  const { stay, name, date, kind, onConfirm, onCancel, showPlanHint = false } = props;
  const { t } = useTranslation();
  const { long } = useDateLabels();
  return (
    <Dialog
      open
      onClose={onCancel}
      aria-labelledby="departure-confirm-title"
      data-testid="departure-confirm"
    >
      <DialogTitle id="departure-confirm-title">
        {t('stay.confirmDeparture.title', { name })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('stay.confirmDeparture.date', { date: long(date) })}
        </DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>
          {t(`stay.guest.departure_${kind}`, { end: long(stay.end) })}
        </DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>
          {t(
            showPlanHint
              ? 'stay.confirmDeparture.planInsteadFromDesk'
              : 'stay.confirmDeparture.planInstead',
          )}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          data-testid="departure-confirm-ok"
          autoFocus
        >
          {t('stay.guest.recordDeparture')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
