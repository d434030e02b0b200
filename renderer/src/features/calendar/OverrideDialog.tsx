import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../shared/domain/schemas';
import { OverrideReasonFields } from '../booking/OverrideReasonFields';
import { overridesFrom, verdictOf } from '../booking/overrides';

interface OverrideDialogProps {
  violations: readonly Violation[];
  onConfirm: (overrides: { rule: string; reason: string }[]) => void;
  onCancel: () => void;
}

/** Asks the written reasons a moved stay needs before it is kept; cancelling puts it back. */
export function OverrideDialog({ violations, onConfirm, onCancel }: OverrideDialogProps) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const ready = verdictOf(violations, reasons).ok;
  return (
    <Dialog
      open
      onClose={onCancel}
      aria-labelledby="override-dialog-title"
      data-testid="override-dialog"
    >
      <DialogTitle id="override-dialog-title">{t('calendar.change.overrideTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('calendar.change.overrideIntro')}</DialogContentText>
        <OverrideReasonFields
          violations={violations}
          reasons={reasons}
          onChange={(rule, reason) => setReasons((r) => ({ ...r, [rule]: reason }))}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('calendar.change.putBack')}</Button>
        <Button
          variant="contained"
          disabled={!ready}
          onClick={() => onConfirm(overridesFrom(violations, reasons))}
          data-testid="override-confirm"
        >
          {t('calendar.change.keepWithReason')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
