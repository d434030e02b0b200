import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { channelQuery } from '../../api/queries';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/**
 * Settings, for the manager: a new recovery key when the printed one is lost or was seen by
 * someone it should not have been. The old one then opens nothing; no data is rewritten.
 * Only for this PC's encrypted folder: on the facility's server there is no recovery key (the
 * server's own backups and access control protect the data), so one line says so instead.
 */
export function RecoveryKeySection() {
  const { t } = useTranslation();
  const connection = useQuery(channelQuery('connection.get', {}));
  const running = connection.data?.running.kind;
  if (running === 'server') {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="recovery-on-server">
        {t('storage.recoveryOnServer')}
      </Typography>
    );
  }
  // Nothing until the store is known: on the server the button would only answer NOT_SUPPORTED.
  return running === 'embedded' ? <RenewRecoveryKey /> : null;
}

function RenewRecoveryKey() {
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
