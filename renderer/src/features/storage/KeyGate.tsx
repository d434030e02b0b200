import Box from '@mui/material/Box';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { KeyState } from '../../../../shared/api/contract';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { lazyComponent } from '../../common/lazyComponent';
import { LoadingState } from '../../common/LoadingState';

// The two screens that open the folder are drawn only on a PC that lacks its key (or where the
// passphrase stands in for it): their form fields load then, not with every start. startEarly
// loads them beside the first answers when the folder is not open.
export const RecoveryKeyScreen = lazyComponent(
  () => import('./KeyScreens').then((m) => m.RecoveryKeyScreen),
  <LoadingState />,
);
export const PassphraseScreen = lazyComponent(
  () => import('./KeyScreens').then((m) => m.PassphraseScreen),
  <LoadingState />,
);

/**
 * The folder's key state as the app reads it: once, at start (startEarly asks for it), and again
 * only when a call changes the store (opening it, taking the recovery key), never on focus.
 */
export const keyStateQuery = {
  ...channelQuery('storage.keyState', {}),
  staleTime: Infinity,
  refetchOnWindowFocus: false,
} as const;

/**
 * Before anything else, the data folder must open: on a PC that lacks its key, the manager opens
 * it with the recovery key (「回復キーで開く」, the same path as `npm run data -- recover`); where
 * the OS cannot protect the key, with the passphrase chosen on this PC (docs/storage.md). Nobody
 * can sign in before (the staff register is in the sealed folder). Once open, the app starts as
 * usual, every answer refused before asked again.
 */
export function KeyGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const keyState = useQuery(keyStateQuery);
  // Every answer refused before the folder opened is asked again: the contract says these
  // channels change everything, and the client refreshes what a change made stale.
  const opened = (state: KeyState) => queryClient.setQueryData(keyStateQuery.queryKey, state);
  if (keyState.data?.state === 'open') return children;
  if (keyState.data?.state === 'keyMissing') return <RecoveryKeyScreen onOpened={opened} />;
  if (keyState.data?.state === 'passphrase') {
    return <PassphraseScreen isSet={keyState.data.passphraseSet === true} onOpened={opened} />;
  }
  return (
    <Box component="main">
      {keyState.isError ? (
        <ErrorState error={keyState.error} onRetry={() => void keyState.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Box>
  );
}
