import Box from '@mui/material/Box';
import { useState, type ReactNode } from 'react';
import { isApiCallError } from '../../api/apiCallError';
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
 * blocks everything else, sign-in included, so no screen can read half-loaded data or write
 * over the kept copy.
 */
export function StorageGuard({ children }: { children: ReactNode }) {
  const status = useStorageStatus();
  // A sound store answers its state only to someone signed in: until then the session gate
  // below asks for a sign-in (a damaged one answers anyone, and its notice shows instead).
  const signedOut = isApiCallError(status.error) && status.error.code === 'UNAUTHENTICATED';
  // Once let through, the app stays while its state is asked again (at sign-in the refused
  // answer is replaced): unmounting it would lose the session gate and everything under it.
  const [letThrough, setLetThrough] = useState(false);
  if (!letThrough && (signedOut || status.data?.ok === true)) setLetThrough(true);
  // Refused for want of a session: the store is sound now (a damaged one answers anyone), even
  // when the answer before this one said it was damaged (a restore has just repaired it).
  if (signedOut) return children;
  if (status.data !== undefined && !status.data.ok) {
    return <DamagedStorageNotice status={status.data} />;
  }
  if (letThrough || status.data?.ok === true) return children;
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
