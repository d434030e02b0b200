import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { UnsavedChangesGuard } from '../common/unsaved/UnsavedChangesGuard';
import { TopBar } from './TopBar';

const MAIN_ID = 'main-content';

/**
 * The frame of every screen but the print pages: skip link, top bar, the current screen, and
 * the guard that asks before unsaved input is left behind.
 */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <UnsavedChangesGuard>
      {/* Lets keyboard users jump past the bar straight to the screen. */}
      {/* The address fragment holds the route (#/calendar), so the link moves focus itself:
          following #main-content would be read as a route and leave the screen. */}
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <Container component="main" id={MAIN_ID} tabIndex={-1} maxWidth={false} sx={{ py: 3 }}>
        <Box>
          <Outlet />
        </Box>
      </Container>
    </UnsavedChangesGuard>
  );
}
