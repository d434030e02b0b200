import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../../shared/api/contract';
import { describeApiError } from '../../api/errors-ja';
import { backupTimeLabel } from './backupTime';
import { fileNameOf } from './fileName';

interface RestoreConfirmDialogProps {
  open: boolean;
  /** What the restore will do, file by file (storage.status's `restore`). */
  steps: StorageStatus['restore'];
  restoring: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Restoring gives up the changes made to the damaged files since their backup: the dialog says
 * which, file by file, before anything is done. Cancel has the initial focus.
 */
export function RestoreConfirmDialog({
  open,
  steps,
  restoring,
  error,
  onCancel,
  onConfirm,
}: RestoreConfirmDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={restoring ? undefined : onCancel}
      aria-labelledby="restore-confirm-title"
      aria-describedby="restore-confirm-body"
    >
      <DialogTitle id="restore-confirm-title">{t('storage.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="restore-confirm-body">{t('storage.confirmBody')}</DialogContentText>
        <List dense data-testid="restore-preview">
          {steps.map((step) => {
            const file = fileNameOf(step.file);
            const [primary, secondary] = step.file.endsWith('audit.jsonl')
              ? [t('storage.stepAudit', { file, count: step.changesLost }), undefined]
              : step.backup === null
                ? [t('storage.stepNone', { file }), undefined]
                : [
                    t('storage.stepFromBackup', {
                      file,
                      when: backupTimeLabel(step.backup, i18n.language),
                    }),
                    t('storage.stepLost', { count: step.changesLost }),
                  ];
            return (
              <ListItem key={step.file} disableGutters data-testid="restore-step">
                <ListItemText primary={primary} secondary={secondary} />
              </ListItem>
            );
          })}
        </List>
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
