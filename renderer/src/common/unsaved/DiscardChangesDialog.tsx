import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

interface DiscardChangesDialogProps {
  onKeepEditing: () => void;
  onDiscard: () => void;
}

/**
 * The one question asked before unsaved input is thrown away, in every screen and dialog.
 * Going back to the input is the default (focused, and what Escape does); discarding is red.
 */
export function DiscardChangesDialog({ onKeepEditing, onDiscard }: DiscardChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onClose={onKeepEditing}
      aria-labelledby="discard-changes-title"
      aria-describedby="discard-changes-body"
      data-testid="discard-changes"
    >
      <DialogTitle id="discard-changes-title">{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="discard-changes-body">{t('unsaved.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          variant="contained"
          autoFocus
          onClick={onKeepEditing}
          data-testid="discard-changes-keep"
        >
          {t('unsaved.keepEditing')}
        </Button>
        <Button color="error" onClick={onDiscard} data-testid="discard-changes-discard">
          {t('unsaved.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
