import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/**
 * Settings, for the manager: a new recovery key when the printed one is lost or was seen by
 * someone it should not have been. The old one then opens nothing; no data is rewritten.
 */
export function RecoveryKeySection() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const renew = useMutation({ mutationFn: () => call('storage.newRecoveryKey', {}) });
  return (
    <Paper component="section" aria-labelledby="recovery-section-title" sx={{ p: 3 }}>
      <Typography id="recovery-section-title" variant="h6" component="h2">
        {t('storage.recoverySectionTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('storage.recoverySectionHint')}
      </Typography>
      <Button variant="outlined" onClick={() => setConfirming(true)} data-testid="renew-recovery">
        {t('storage.recoveryRenew')}
      </Button>
      <Dialog
        open={confirming}
        onClose={renew.isPending ? undefined : () => setConfirming(false)}
        aria-labelledby="recovery-renew-title"
      >
        <DialogTitle id="recovery-renew-title">{t('storage.recoveryRenewTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('storage.recoveryRenewBody')}</DialogContentText>
          {renew.isError && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {describeApiError(renew.error, t).message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={renew.isPending} autoFocus>
            {t('common.cancel')}
          </Button>
          <Button
            variant="contained"
            disabled={renew.isPending}
            onClick={() => renew.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          >
            {t('storage.recoveryRenewAction')}
          </Button>
        </DialogActions>
      </Dialog>
      <RecoveryKeyDialog recoveryKey={renew.data ?? null} onClose={renew.reset} />
    </Paper>
  );
}
