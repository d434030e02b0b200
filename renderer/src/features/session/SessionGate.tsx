import Box from '@mui/material/Box';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Staff } from '../../../../shared/domain/staff';
import { call, onSessionEnd } from '../../api/client';
import {
  channelQuery,
  forgetPreviousStaffsAnswers,
  refreshAllAfterSignIn,
} from '../../api/queries';
import { preloadWhenIdle } from '../../common/lazyComponent';
import { LoadingState } from '../../common/LoadingState';
import { UnsavedChangesContext } from '../../common/unsaved/context';
import { createUnsavedRegistry } from '../../common/unsaved/registry';
import { SessionContext, staffCan, type SessionValue } from './SessionContext';
import { LockScreen, SignInScreen } from './sessionScreens';
import { useIdleLock } from './useIdleLock';

type State =
  | { kind: 'checking' }
  | { kind: 'signedOut' }
  | { kind: 'signedIn'; staff: Staff }
  /** Idle, stepped away, or the session ended under the app: the app stays, hidden and inert. */
  | { kind: 'locked'; staff: Staff };

const DEFAULT_IDLE_MINUTES = 10;

/**
 * Nothing of the app is drawn until someone has signed in. Signed in, the app runs with who it is
 * (SessionContext); after the facility's idle time (or on 画面をロック, or when a call finds the
 * session over) the screen locks: the app stays mounted behind the lock screen, hidden and inert,
 * so signing back in returns to the same screen with unsaved input kept. Someone else signing in
 * starts the app afresh, with nothing of the previous staff member's cached data.
 */
export function SessionGate({
  initial,
  known,
  children,
}: {
  /** Who was already signed in when the app started (the same window reloaded). */
  initial: Promise<Staff | null>;
  /**
   * The same, when it is already known as the gate is drawn (startEarly.ts waits for it): the
   * first screen is then drawn at once, not after a frame of "checking".
   */
  known?: { staff: Staff | null };
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>(() => {
    if (known === undefined) return { kind: 'checking' };
    return known.staff ? { kind: 'signedIn', staff: known.staff } : { kind: 'signedOut' };
  });
  /** Changed to start the app afresh for someone else. */
  const [generation, setGeneration] = useState(0);
  // Every form of the app registers here too: the lock screen knows whether input waits.
  const [unsaved] = useState(() => createUnsavedRegistry(null));

  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    void initial.then((staff) => {
      if (live) setState(staff ? { kind: 'signedIn', staff } : { kind: 'signedOut' });
    });
    return () => {
      live = false;
    };
  }, [initial, known]);

  // A call found the session over (the host restarted, the server's idle limit): lock, and
  // keep what is on the screen for whoever signs in.
  useEffect(
    () =>
      onSessionEnd(() =>
        setState((s) => (s.kind === 'signedIn' ? { kind: 'locked', staff: s.staff } : s)),
      ),
    [],
  );

  const signedIn = state.kind === 'signedIn';
  // Signed in, the screens for locking and for someone else load ahead, once the app is idle.
  useEffect(() => (signedIn ? preloadWhenIdle(LockScreen, SignInScreen) : undefined), [signedIn]);
  const settings = useQuery({ ...channelQuery('settings.get', {}), enabled: signedIn });
  const idleMs = (settings.data?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;

  const lock = useCallback(() => {
    setState((s) => (s.kind === 'signedIn' ? { kind: 'locked', staff: s.staff } : s));
    // The session ends with the lock: the screen is not the only thing locked.
    call('session.signOut', {}).catch(() => undefined);
  }, []);

  useIdleLock({
    idleMs,
    enabled: signedIn,
    onIdle: lock,
    onActive: () => {
      // Keeps the server's session alive, and picks up a change of name or roles.
      call('session.current', {}).then(
        ({ staff }) =>
          setState((s) => (s.kind === 'signedIn' && s.staff.id === staff.id ? { ...s, staff } : s)),
        () => undefined,
      );
    },
  });

  const startAfresh = useCallback(() => {
    void forgetPreviousStaffsAnswers(queryClient);
    setGeneration((g) => g + 1);
  }, [queryClient]);

  const onSignedIn = useCallback(
    (staff: Staff) => {
      if (state.kind === 'locked' && state.staff.id === staff.id) {
        // The same person back: the same screen, its input kept; its data asked again.
        void refreshAllAfterSignIn(queryClient);
      } else if (state.kind === 'locked') {
        startAfresh();
      } else {
        // Signed out until now: what was asked before (the start's reads) was refused.
        void refreshAllAfterSignIn(queryClient);
      }
      setState({ kind: 'signedIn', staff });
    },
    [state, queryClient, startAfresh],
  );

  const switchUser = useCallback(() => {
    call('session.signOut', {}).catch(() => undefined);
    startAfresh();
    setState({ kind: 'signedOut' });
  }, [startAfresh]);

  const staff = state.kind === 'signedIn' || state.kind === 'locked' ? state.staff : null;
  const value = useMemo<SessionValue | null>(
    () =>
      staff && {
        staff,
        can: (channel) => staffCan(staff, channel),
        lockNow: lock,
        switchUser,
      },
    [staff, lock, switchUser],
  );

  if (state.kind === 'checking') return <LoadingState />;
  if (state.kind === 'signedOut' || value === null) {
    return <SignInScreen onSignedIn={onSignedIn} />;
  }
  const locked = state.kind === 'locked';
  return (
    <UnsavedChangesContext.Provider value={unsaved}>
      <SessionContext.Provider value={value}>
        <Box key={generation} hidden={locked} inert={locked} aria-hidden={locked || undefined}>
          {children}
        </Box>
      </SessionContext.Provider>
      {locked && (
        <LockScreen
          lockedFor={state.staff}
          unsavedInput={unsaved.isDirty()}
          onSignedIn={onSignedIn}
        />
      )}
    </UnsavedChangesContext.Provider>
  );
}
