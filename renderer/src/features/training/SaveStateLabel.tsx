import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

const COLOUR: Record<SaveState, string> = {
  idle: 'text.secondary',
  dirty: 'text.primary',
  saving: 'text.secondary',
  saved: 'success.dark',
  error: 'error.main',
};

/** The state of one entry in words and an icon (never colour alone), announced politely. */
export function SaveStateLabel({ state, testId }: { state: SaveState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid={testId}
      data-state={state}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: COLOUR[state] }}
    >
      {state === 'saving' && <CircularProgress size={16} aria-hidden />}
      {state === 'saved' && <CheckCircleIcon fontSize="small" aria-hidden />}
      {state === 'error' && <ErrorIcon fontSize="small" aria-hidden />}
      {state === 'dirty' && <EditIcon fontSize="small" aria-hidden />}
      <Typography variant="body2" sx={{ fontWeight: state === 'idle' ? 400 : 700 }}>
        {t(`training.saveState.${state}`)}
      </Typography>
    </Box>
  );
}
