import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Staff } from '../../../shared/domain/staff';
import { call } from '../api/client';
import { SessionGate } from '../features/session/SessionGate';
import { followChanges } from '../api/liveChanges';
import { FirstRecoveryKey } from '../features/storage/FirstRecoveryKey';
import { KeyGate } from '../features/storage/KeyGate';
import { StorageGuard } from '../features/storage/StorageGuard';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './AppRoutes';
import { createQueryClient } from './queryClient';
import { theme } from './theme';

function currentStaff(): Promise<Staff | null> {
  return call('session.current', {}).then(
    ({ staff }) => staff,
    () => null,
  );
}

/**
 * `queryClient`: one made before rendering, so fetches can start early (see main.tsx);
 * `signedIn`: who the window is signed in as, asked early too (startEarly.ts), and `known`, the
 * answer when it was in before the app was drawn.
 */
export function App(props: {
  queryClient?: QueryClient;
  signedIn?: Promise<Staff | null>;
  known?: { staff: Staff | null };
}) {
  // One client per mounted app, created once (not per render).
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  const [router] = useState(createAppRouter);
  const [signedIn] = useState(() => props.signedIn ?? currentStaff());
  // Changes made on other PCs sharing the facility's database refresh what they made stale.
  useEffect(() => followChanges(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <KeyGate>
          <StorageGuard>
            <SessionGate initial={signedIn} known={props.known}>
              <RouterProvider router={router} />
              <FirstRecoveryKey />
            </SessionGate>
          </StorageGuard>
        </KeyGate>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
