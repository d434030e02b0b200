import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { UnsavedChangesGuard } from '../common/unsaved/UnsavedChangesGuard';
import { DatabaseBanner } from '../features/storage/DatabaseBanner';
import { TopBar } from './TopBar';

const MAIN_ID = 'main-content';

// The screen area is a column at least as tall as the window below the bar, so a screen may
// fill the height it is given (the bed calendar does; other screens simply start at the top).
const fill = { flex: 1, display: 'flex', flexDirection: 'column' } as const;

/**
 * The frame of every screen but the print pages: skip link, top bar, the current screen, and
 * the guard that asks before unsaved input is left behind.
 */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <UnsavedChangesGuard>
      <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column' }}>
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
        <DatabaseBanner />
        <Container
          component="main"
          id={MAIN_ID}
          tabIndex={-1}
          maxWidth={false}
          sx={{ py: 3, ...fill }}
        >
          <Box sx={fill}>
            <Outlet />
          </Box>
        </Container>
      </Box>
    </UnsavedChangesGuard>
  );
}
