import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { TopBar } from './TopBar';

const MAIN_ID = 'main-content';

/** The frame of every screen but the print pages: skip link, top bar, the current screen. */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <>
      {/* Lets keyboard users jump past the bar straight to the screen. */}
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <Container component="main" id={MAIN_ID} tabIndex={-1} maxWidth={false} sx={{ py: 3 }}>
        <Box>
          <Outlet />
        </Box>
      </Container>
    </>
  );
}
