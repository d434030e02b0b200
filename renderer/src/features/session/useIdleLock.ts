import { useEffect, useRef } from 'react';

/** What counts as someone at the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often activity tells the server the session is in use, at most (less for short idle times). */
export const HEARTBEAT_MS = 60_000;
/** How often the idle time is looked at. */
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once nobody has used the screen for `idleMs`, and `onActive` (the heartbeat
 * that keeps the server's session alive) now and then while someone does. Off while `enabled`
 * is false (the screen is locked already).
 */
export function useIdleLock(options: {
  idleMs: number;
  enabled: boolean;
  onIdle: () => void;
  onActive: () => void;
  now?: () => number;
}): void {
  const { idleMs, enabled } = options;
  const latest = useRef(options);
  // The newest callbacks, without restarting the timer each render.
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!enabled) return;
    const clock = () => (latest.current.now ?? Date.now)();
    // Twice per idle time at least, so the server's own idle limit (the same) never runs out
    // under someone who is using the screen.
    const beatEvery = Math.min(HEARTBEAT_MS, idleMs / 2);
    let lastActivity = clock();
    let lastBeat = lastActivity;
    const onActivity = () => {
      lastActivity = clock();
      if (lastActivity - lastBeat >= beatEvery) {
        lastBeat = lastActivity;
        latest.current.onActive();
      }
    };
    for (const event of ACTIVITY_EVENTS) {
      window.addEventListener(event, onActivity, { passive: true, capture: true });
    }
    const timer = window.setInterval(
      () => {
        if (clock() - lastActivity >= idleMs) latest.current.onIdle();
      },
      Math.min(CHECK_MS, idleMs),
    );
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) {
        window.removeEventListener(event, onActivity, { capture: true });
      }
    };
  }, [enabled, idleMs]);
}
