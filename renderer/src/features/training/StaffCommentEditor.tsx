import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffComment } from '../../../../shared/domain/schemas';
import { UnsavedMarker } from '../../common/unsaved/UnsavedMarker';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { ErrorState } from '../../common/ErrorState';
import { useDateLabels } from '../../common/useDateLabels';
import { japanDateAndTime } from '../stay/historyTime';
import { useSaveComment } from './useSaveComment';

interface StaffCommentEditorProps {
  stayId: string;
  comment: StaffComment | undefined;
}

/**
 * 職員所見: what the care staff have to say about the stay, printed on its summary with who wrote
 * it and when. Signed by whoever is signed in (the service takes the author from the session);
 * a correction keeps the earlier version.
 */
export function StaffCommentEditor({ stayId, comment }: StaffCommentEditorProps) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const [text, setText] = useState(comment?.text ?? '');
  const save = useSaveComment(stayId);
  const changed = text.trim() !== (comment?.text ?? '');
  useUnsavedChanges(changed);
  const written = comment ? japanDateAndTime(comment.writtenAt) : null;

  return (
    <Box component="section" aria-labelledby="comment-title">
      <Typography id="comment-title" variant="h6" component="h2">
        {t('training.comment.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('training.comment.hint')}
      </Typography>
      <Stack spacing={1.5} sx={{ maxWidth: 960 }}>
        <TextField
          multiline
          minRows={4}
          fullWidth
          label={t('training.comment.label')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'staff-comment' } }}
        />
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<SaveIcon aria-hidden />}
            disabled={!changed || save.isPending}
            onClick={() => save.mutate(text.trim())}
            data-testid="staff-comment-save"
          >
            {t('training.comment.save')}
          </Button>
          {changed && <UnsavedMarker />}
        </Stack>
        {comment && written && (
          <Typography variant="body2" color="text.secondary" data-testid="staff-comment-signed">
            {t('training.comment.signed', {
              name: comment.author.name,
              date: long(written.date),
              time: written.time,
            })}
            {(comment.earlier ?? []).length > 0 &&
              t('training.comment.earlier', { count: comment.earlier?.length ?? 0 })}
          </Typography>
        )}
        {save.isSuccess && !changed && (
          <Alert severity="success" role="status" data-testid="staff-comment-saved">
            {t('training.comment.saved')}
          </Alert>
        )}
        {save.isError && <ErrorState error={save.error} />}
      </Stack>
    </Box>
  );
}
