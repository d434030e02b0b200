import { useEffect, useRef } from 'react';
import { createIdleWatch } from './idleWatch';

/** What counts as someone at the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is looked at. */
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once nobody has used the screen for `idleMs`, and `onActive` (the heartbeat
 * that keeps the server's session alive) now and then while someone does (idleWatch.ts). Off
 * while `enabled` is false (the screen is locked already).
 */
export function useIdleLock(options: {
  idleMs: number;
  enabled: boolean;
  onIdle: () => void;
  onActive: () => void;
}): void {
  const { idleMs, enabled } = options;
  const latest = useRef(options);
  // The newest callbacks, without restarting the timer each render.
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!enabled) return;
    const watch = createIdleWatch({
      idleMs,
      now: Date.now,
      onIdle: () => latest.current.onIdle(),
      onActive: () => latest.current.onActive(),
    });
    const onActivity = () => watch.activity();
    for (const event of ACTIVITY_EVENTS) {
      window.addEventListener(event, onActivity, { passive: true, capture: true });
    }
    const timer = window.setInterval(() => watch.check(), Math.min(CHECK_MS, idleMs));
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) {
        window.removeEventListener(event, onActivity, { capture: true });
      }
    };
  }, [enabled, idleMs]);
}
