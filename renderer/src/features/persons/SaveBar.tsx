import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { UnsavedMarker } from '../../common/unsaved/UnsavedMarker';
import { SaveWarningPersons } from './SaveWarningPersons';
import type { SectionSaveState } from './useSectionSave';

interface SaveBarProps {
  state: SectionSaveState;
  onConfirmDuplicate: () => void;
  /** Text of the submit button; "保存" by default. */
  label?: string;
  /** Form errors found before sending, as messages that name their field. */
  formErrors?: string[];
}

/**
 * The end of a section form: what went wrong, the duplicate confirmation, the save button, and
 * whether the section holds unsaved input (in words and an icon) or was just saved.
 */
export function SaveBar({ state, onConfirmDuplicate, label, formErrors = [] }: SaveBarProps) {
  const { t } = useTranslation();
  const messages = state.errors.length > 0 ? state.errors : formErrors;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {messages.length > 0 && (
        <Alert severity={state.duplicatePending ? 'warning' : 'error'} role="alert">
          {!state.duplicatePending && state.errors.length > 0 && t('persons.saveFailed')}
          <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {state.warning && <SaveWarningPersons personIds={state.warning.personIds} />}
          {state.warning && (
            <Button
              variant="outlined"
              color="inherit"
              size="small"
              sx={{ mt: 1 }}
              onClick={onConfirmDuplicate}
              data-testid="confirm-duplicate"
            >
              {t(
                state.warning.code === 'DUPLICATE_CERTIFICATE'
                  ? 'persons.certificateConfirm'
                  : 'persons.duplicateConfirm',
              )}
            </Button>
          )}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button type="submit" variant="contained" disabled={state.saving}>
          {state.saving ? t('persons.saving') : (label ?? t('persons.save'))}
        </Button>
        {state.dirty && !state.saving ? (
          <UnsavedMarker />
        ) : (
          state.saved && (
            <Typography role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <CheckIcon fontSize="small" aria-hidden />
              {t('persons.saved')}
            </Typography>
          )
        )}
      </Stack>
    </Stack>
  );
}
