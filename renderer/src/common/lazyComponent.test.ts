// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Idle periods, run by hand: each call of requestIdleCallback waits here for its turn. */
let idle: (() => void)[] = [];

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A component whose load settles when the test says so; `started` counts its loads. */
function component() {
  let finish: (ok: boolean) => void = () => undefined;
  const state = { started: 0 };
  const preload = vi.fn(() => {
    state.started += 1;
    return new Promise<void>((resolve, reject) => {
      finish = (ok) => (ok ? resolve() : reject(new Error('chunk failed to load')));
    });
  });
  return { preload, state, finish: (ok = true) => finish(ok) };
}

/** Runs the idle period waiting first, then lets promise callbacks settle. */
async function idlePeriod(): Promise<void> {
  const run = idle.shift();
  if (!run) throw new Error('no idle period was asked for');
  run();
  await vi.advanceTimersByTimeAsync(0);
}

const settle = () => vi.advanceTimersByTimeAsync(0);

async function loaded() {
  const module = await import('./lazyComponent');
  return { ...module, firstTurn: () => vi.advanceTimersByTimeAsync(module.PRELOAD_AFTER_MS) };
}

describe('preloading when idle', () => {
  it('waits a moment after the first screen before the first load', async () => {
    const { preloadWhenIdle, PRELOAD_AFTER_MS } = await loaded();
    const a = component();
    preloadWhenIdle(a);
    await vi.advanceTimersByTimeAsync(PRELOAD_AFTER_MS - 1);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await idlePeriod();
    expect(a.state.started).toBe(1);
  });

  it('loads one component per idle period, the next only once the last is in', async () => {
    const { preloadWhenIdle, firstTurn } = await loaded();
    const [a, b, c] = [component(), component(), component()];
    preloadWhenIdle(a, b);
    preloadWhenIdle(c);
    await firstTurn();
    expect(idle).toHaveLength(1);
    await idlePeriod();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([1, 0, 0]);
    // While a loads, nothing else is asked for.
    expect(idle).toHaveLength(0);
    a.finish();
    await settle();
    // No second wait: the next turn is the next idle period.
    expect(idle).toHaveLength(1);
    await idlePeriod();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([1, 1, 0]);
    // A failed load does not stop the others (it is shown where its component is drawn).
    b.finish(false);
    await settle();
    await idlePeriod();
    expect(c.state.started).toBe(1);
  });

  it('takes back the components not yet loaded when their screen goes away', async () => {
    const { preloadWhenIdle, firstTurn } = await loaded();
    const [a, b, c] = [component(), component(), component()];
    preloadWhenIdle(a);
    const takeBack = preloadWhenIdle(b, c);
    await firstTurn();
    await idlePeriod();
    takeBack();
    a.finish();
    await settle();
    // The idle period asked for after a finds nothing left to load.
    if (idle.length > 0) await idlePeriod();
    expect([b.state.started, c.state.started]).toEqual([0, 0]);
    // Asked again (React's development mode mounts twice), they are loaded after all.
    preloadWhenIdle(b);
    await idlePeriod();
    expect(b.state.started).toBe(1);
  });

  it('asks once for a component asked for twice while it waits', async () => {
    const { preloadWhenIdle, firstTurn } = await loaded();
    const a = component();
    preloadWhenIdle(a);
    preloadWhenIdle(a);
    await firstTurn();
    await idlePeriod();
    a.finish();
    await settle();
    expect(idle).toHaveLength(0);
    expect(a.preload).toHaveBeenCalledTimes(1);
  });
});
