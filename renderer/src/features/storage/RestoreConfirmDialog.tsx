import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errors-ja';

interface RestoreConfirmDialogProps {
  open: boolean;
  backup: string;
  restoring: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Restoring discards later changes, so it is asked once more; Cancel has the initial focus. */
export function RestoreConfirmDialog({
  open,
  backup,
  restoring,
  error,
  onCancel,
  onConfirm,
}: RestoreConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={restoring ? undefined : onCancel}
      aria-labelledby="restore-confirm-title"
      aria-describedby="restore-confirm-body"
    >
      <DialogTitle id="restore-confirm-title">{t('storage.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="restore-confirm-body">
          {t('storage.confirmBody', { backup })}
        </DialogContentText>
        {error !== null && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {describeApiError(error, t).message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={restoring} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={onConfirm}
          disabled={restoring}
          variant="contained"
          color="error"
          startIcon={restoring ? <CircularProgress size={16} aria-hidden /> : undefined}
          data-testid="restore-confirm"
        >
          {restoring ? t('storage.restoring') : t('storage.confirmAction')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
