import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { StorageGuard } from '../features/storage/StorageGuard';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './AppRoutes';
import { createQueryClient } from './queryClient';
import { theme } from './theme';

/** `queryClient`: one made before rendering, so fetches can start early (see main.tsx). */
export function App(props: { queryClient?: QueryClient }) {
  // One client per mounted app, created once (not per render).
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <StorageGuard>
          <RouterProvider router={router} />
        </StorageGuard>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
