import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';

interface StayNoteEditorProps {
  stay: Stay;
  busy: boolean;
  run: (action: () => Promise<Stay>) => void;
}

/** The booking note (shown in the calendar tooltip); it stays editable after the stay ends. */
export function StayNoteEditor({ stay, busy, run }: StayNoteEditorProps) {
  const { t } = useTranslation();
  const saved = stay.note ?? '';
  const [note, setNote] = useState(saved);
  // When the stored note changes (saved here, or elsewhere) and nothing is being typed over
  // it, show the stored one; a note being typed is never replaced.
  const [seenSaved, setSeenSaved] = useState(saved);
  if (saved !== seenSaved) {
    setSeenSaved(saved);
    if (note === seenSaved) setNote(saved);
  }
  const changed = note !== saved;
  useUnsavedChanges(changed);
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        multiline
        minRows={2}
        fullWidth
        label={t('stay.note')}
        helperText={t('booking.noteHint')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'stay-note' } }}
      />
      <Button
        variant="outlined"
        disabled={busy || !changed}
        data-testid="stay-note-save"
        onClick={() => run(() => call('stays.update', { id: stay.id, changes: { note } }))}
      >
        {t('stay.saveNote')}
      </Button>
    </Stack>
  );
}
