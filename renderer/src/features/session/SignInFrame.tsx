import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../app/LanguageToggle';

/**
 * The frame of the screens shown before anyone is signed in (first run, sign-in, the lock): the
 * app's name and the language switch, nothing of the facility's data.
 */
export function SignInFrame({ children, testId }: { children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      data-testid={testId}
      sx={{
        minHeight: '100dvh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
        p: 2,
      }}
    >
      <Paper sx={{ p: 4, width: '100%', maxWidth: 520 }}>
        <Stack
          direction="row"
          sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}
        >
          <Typography variant="h6" component="div" sx={{ fontWeight: 'bold' }}>
            {t('app.title')}
          </Typography>
          <LanguageToggle />
        </Stack>
        {children}
      </Paper>
    </Box>
  );
}
