import { LoadingState } from '../../common/LoadingState';
import { lazyComponent } from '../../common/lazyComponent';

/**
 * The sign-in and lock screens, each from a chunk of its own: a window that starts signed in
 * (reloaded, or handed a session) draws the calendar without their forms' code. A window that
 * starts signed out loads the sign-in screen while its first answers travel (startEarly.ts);
 * the lock screen loads once the app is idle after sign-in (SessionGate).
 */
export const SignInScreen = lazyComponent(
  () => import('./SignInScreen').then((m) => m.SignInScreen),
  <LoadingState />,
);

export const LockScreen = lazyComponent(
  () => import('./LockScreen').then((m) => m.LockScreen),
  <LoadingState />,
);
