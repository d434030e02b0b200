import { describe, expect, it, vi } from 'vitest';
import { createIdleWatch, HEARTBEAT_MS } from './idleWatch';

function watch(idleMs: number) {
  let at = 0;
  const onIdle = vi.fn();
  const onActive = vi.fn();
  const w = createIdleWatch({ idleMs, now: () => at, onIdle, onActive });
  return { w, onIdle, onActive, advance: (ms: number) => (at += ms) };
}

describe('the idle lock’s clock', () => {
  it('locks once the idle time has passed without a touch, and only once', () => {
    const { w, onIdle, advance } = watch(10 * 60_000);
    advance(10 * 60_000 - 1);
    w.check();
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    w.check();
    w.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again at each touch', () => {
    const { w, onIdle, advance } = watch(10 * 60_000);
    advance(9 * 60_000);
    w.activity();
    advance(9 * 60_000);
    w.check();
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('tells the server the session is in use at most once a minute while someone works', () => {
    const { w, onActive, advance } = watch(10 * 60_000);
    for (let i = 0; i < 120; i++) {
      advance(1_000);
      w.activity();
    }
    expect(onActive).toHaveBeenCalledTimes(120_000 / HEARTBEAT_MS);
  });

  it('beats at least twice per idle time when the idle time is short', () => {
    const { w, onActive, advance } = watch(60_000);
    advance(30_000);
    w.activity();
    expect(onActive).toHaveBeenCalledTimes(1);
  });
});
