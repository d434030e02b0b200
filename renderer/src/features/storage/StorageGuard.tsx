import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { lazyComponent } from '../../common/lazyComponent';
import { useStorageStatus } from './useStorageStatus';

// Shown only when a data file is damaged: its code is not part of every start.
const DamagedStorageNotice = lazyComponent(() =>
  import('./DamagedStorageNotice').then((m) => m.DamagedStorageNotice),
);

/**
 * Renders the app only on a sound store. A damaged store (or one that cannot even be asked)
 * blocks everything else, so no screen can read half-loaded data or write over the kept copy.
 */
export function StorageGuard({ children }: { children: ReactNode }) {
  const status = useStorageStatus();
  if (status.data === undefined) {
    return (
      <Box component="main">
        {status.isError ? (
          <ErrorState error={status.error} onRetry={() => void status.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Box>
    );
  }
  if (!status.data.ok) return <DamagedStorageNotice status={status.data} />;
  return children;
}
