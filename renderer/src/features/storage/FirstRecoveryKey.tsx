import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { useCan } from '../session/SessionContext';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/**
 * At the first start on a data folder (a new one, or one just encrypted) the store made a
 * recovery key: it is asked for once, shown, and then forgotten by the app. Only a manager is
 * given it: signed in as anyone else, nothing is asked, and the store keeps it until a manager
 * signs in (the session gate starts the app afresh for them).
 */
export function FirstRecoveryKey() {
  const mayTake = useCan('storage.takeRecoveryKey');
  const take = useMutation({ mutationFn: () => call('storage.takeRecoveryKey', {}) });
  const asked = useRef(false);
  const { mutate, reset } = take;
  useEffect(() => {
    // Once per app: the store hands the key out only once.
    if (asked.current || !mayTake) return;
    asked.current = true;
    mutate();
  }, [mutate, mayTake]);
  return <RecoveryKeyDialog recoveryKey={take.data ?? null} onClose={reset} />;
}
