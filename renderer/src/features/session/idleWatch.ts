/** How often activity tells the server the session is in use, at most (less for short idle times). */
export const HEARTBEAT_MS = 60_000;

export interface IdleWatch {
  /** Someone used the screen now: may call `onActive` (the heartbeat). */
  activity(): void;
  /** Looked at now and then: calls `onIdle` once nobody has used the screen for the idle time. */
  check(): void;
}

/**
 * The idle lock's clock, apart from the browser's events and timers (useIdleLock wires those):
 * idle after `idleMs` without activity; a heartbeat at most every HEARTBEAT_MS and at least
 * twice per idle time, so the server's own idle limit (the same setting) never ends the session
 * of someone who is using the screen.
 */
export function createIdleWatch(options: {
  idleMs: number;
  now: () => number;
  onIdle: () => void;
  onActive: () => void;
}): IdleWatch {
  const { idleMs, now, onIdle, onActive } = options;
  const beatEvery = Math.min(HEARTBEAT_MS, idleMs / 2);
  let lastActivity = now();
  let lastBeat = lastActivity;
  let idle = false;
  return {
    activity() {
      lastActivity = now();
      idle = false;
      if (lastActivity - lastBeat >= beatEvery) {
        lastBeat = lastActivity;
        onActive();
      }
    },
    check() {
      if (!idle && now() - lastActivity >= idleMs) {
        idle = true;
        onIdle();
      }
    },
  };
}
