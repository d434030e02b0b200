import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKey } from '../../../../shared/api/contract';

interface RecoveryKeyDialogProps {
  recoveryKey: RecoveryKey | null;
  onClose: () => void;
}

/**
 * Shows a recovery key once (docs/storage.md, "Encryption at rest"): with it, the data opens on
 * another PC. It is not shown again, so the dialog stays until the manager says it is kept.
 */
export function RecoveryKeyDialog({ recoveryKey, onClose }: RecoveryKeyDialogProps) {
  const { t, i18n } = useTranslation();
  const [kept, setKept] = useState(false);
  const madeAt = recoveryKey
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(recoveryKey.madeAt),
      )
    : '';
  return (
    <Dialog
      open={recoveryKey !== null}
      aria-labelledby="recovery-key-title"
      aria-describedby="recovery-key-body"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="recovery-key-title">{t('storage.recoveryTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="recovery-key-body">{t('storage.recoveryBody')}</DialogContentText>
        <Typography
          data-testid="recovery-key"
          component="p"
          sx={{
            my: 3,
            p: 2,
            fontFamily: 'monospace',
            fontSize: '1.4rem',
            letterSpacing: '0.08em',
            textAlign: 'center',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            wordBreak: 'break-all',
          }}
        >
          {recoveryKey?.recoveryKey}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('storage.recoveryMadeAt', { when: madeAt })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('storage.recoveryUse', { open: t('storage.recoverOpen') })}
        </Typography>
        <FormControlLabel
          sx={{ mt: 2 }}
          control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} />}
          label={t('storage.recoveryKept')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => window.print()}>{t('storage.recoveryPrint')}</Button>
        <Button
          variant="contained"
          disabled={!kept}
          onClick={() => {
            setKept(false);
            onClose();
          }}
        >
          {t('storage.recoveryClose')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
