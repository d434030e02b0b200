import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormDialogActionsProps {
  /** Leaves the form; pass the close guard's `requestClose` so unsaved input is asked about. */
  onCancel: () => void;
  /** The save button's words: each form names what it saves (保存, 予約する, 緊急受入を確定…). */
  saveLabel: string;
  saveTestId: string;
  /** Saves on click; without it the save button submits the surrounding <form>. */
  onSave?: () => void;
  /**
   * A save is under way: neither button answers (a form closed mid-save would still be saved
   * behind the user's back) and the save button is marked busy for screen readers.
   */
  busy?: boolean;
  /** The input cannot be saved yet (the save button only; cancelling stays possible). */
  saveDisabled?: boolean;
  /** The id of the text saying why the save is greyed, linked while it is. */
  saveBlockedBy?: string;
  /** 閉じる where the form is a record to look at as much as to change; キャンセル otherwise. */
  cancelLabel?: string;
  /** `error` where the save does something hard to take back (an emergency bumps stays). */
  tone?: 'primary' | 'error';
  /** Shown before the buttons, in the bar that stays in view (why the save is greyed). */
  note?: ReactNode;
  /** Inside a page rather than a dialog: no dialog padding, the buttons at the start. */
  inline?: boolean;
}

/** The cancel-and-save tail every form dialog ends with (docs/data-entry.md). */
export function FormDialogActions({
  onCancel,
  saveLabel,
  saveTestId,
  onSave,
  busy = false,
  saveDisabled = false,
  saveBlockedBy,
  cancelLabel,
  tone = 'primary',
  note,
  inline = false,
}: FormDialogActionsProps) {
  const { t } = useTranslation();
  const blocked = saveDisabled && !busy;
  return (
    <DialogActions sx={inline ? { p: 0, justifyContent: 'flex-start' } : undefined}>
      {note}
      <Button onClick={onCancel} disabled={busy}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button
        type={onSave ? 'button' : 'submit'}
        onClick={onSave}
        variant="contained"
        color={tone}
        disabled={busy || saveDisabled}
        aria-busy={busy || undefined}
        aria-describedby={blocked ? saveBlockedBy : undefined}
        data-testid={saveTestId}
        sx={{ flexShrink: 0 }}
      >
        {saveLabel}
      </Button>
    </DialogActions>
  );
}
