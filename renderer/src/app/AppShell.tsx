import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TopBar } from './TopBar';
import { VIEWS, type ViewId } from './views';

const MAIN_ID = 'main-content';

export function AppShell() {
  const { t } = useTranslation();
  const [view, setView] = useState<ViewId>('week');
  const current = VIEWS.find(({ id }) => id === view) ?? VIEWS[0];
  return (
    <>
      {/* Lets keyboard users jump past the bar straight to the board. */}
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <TopBar view={view} onViewChange={setView} />
      <Container component="main" id={MAIN_ID} tabIndex={-1} maxWidth={false} sx={{ py: 3 }}>
        <Box>{current.render()}</Box>
      </Container>
    </>
  );
}
