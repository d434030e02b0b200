import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** A spinner with words, announced politely to screen readers. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}
    >
      <CircularProgress size={24} aria-hidden />
      <Typography>{t('common.loading')}</Typography>
    </Box>
  );
}
