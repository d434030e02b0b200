import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { lazyComponent, PRELOAD_AFTER_MS } from '../../common/lazyComponent';
import { useCan } from '../session/SessionContext';
import { keyStateQuery } from './KeyGate';

// Its own chunk: almost every start has no key to show.
const RecoveryKeyDialog = lazyComponent(() =>
  import('./RecoveryKeyDialog').then((m) => m.RecoveryKeyDialog),
);

/**
 * At the first start on a data folder (a new one, or one just encrypted) the store made a
 * recovery key: it is asked for once, shown, and then forgotten by the app. The store's key state
 * (read at start) says whether one waits, so on every other start nothing is asked or loaded.
 * Only a manager is given it: signed in as anyone else, nothing is asked, and the store keeps it
 * until a manager signs in (the session gate starts the app afresh for them). The dialog's code
 * is loaded before the key is asked for: the store hands a key out once, so it must never arrive
 * with nothing able to show it (a failed load leaves the key in the store for the next start).
 */
export function FirstRecoveryKey() {
  const mayTake = useCan('storage.takeRecoveryKey');
  const waiting = useQuery(keyStateQuery).data?.recoveryKeyWaiting === true;
  const take = useMutation({
    mutationFn: () => RecoveryKeyDialog.preload().then(() => call('storage.takeRecoveryKey', {})),
  });
  const asked = useRef(false);
  const { mutate, reset } = take;
  useEffect(() => {
    // Once per app: the store hands the key out only once. Asked once the first screen has
    // had its moment (PRELOAD_AFTER_MS), not while it is still being drawn and used.
    if (asked.current || !mayTake || !waiting) return;
    const timer = window.setTimeout(() => {
      asked.current = true;
      mutate();
    }, PRELOAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [mutate, mayTake, waiting]);
  return take.data ? <RecoveryKeyDialog recoveryKey={take.data} onClose={reset} /> : null;
}
