import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads on first use, and a way to load it ahead of that (settles when
 * the code is in, so a start can wait for it).
 */
export type LazyComponent<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A component loaded from its own chunk when first drawn (a dialog, a panel, a tooltip): the
 * app's first chunk then holds only what the first screen draws. `preload` fetches the chunk
 * early (see preloadWhenIdle), so the first opening does not wait for it. Nothing is shown while
 * it loads unless told (`fallback`): these open on a click, and the chunk is local.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const get = () => (loading ??= load());
  const Loaded = lazy(async () => ({ default: await get() }));
  function Lazy(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Loaded {...(props as ComponentProps<typeof Loaded>)} />
      </Suspense>
    );
  }
  return Object.assign(Lazy, { preload: () => get().then(() => undefined) });
}

/** Something whose code can be loaded ahead of its first use (a LazyComponent, a screen). */
interface Preloadable {
  preload: () => Promise<void>;
}

/** Components waiting for their turn, in the order asked; one loads at a time. */
const waiting: Preloadable[] = [];
let turnTaken = false;

/**
 * How long after the first screen asks before the first component loads: the screen's own
 * follow-up work (its neighbour months, the live-changes poll) comes first, and so does a click
 * made as soon as it appears, rather than meeting dozens of chunks compiling at once.
 */
export const PRELOAD_AFTER_MS = 1500;
let firstTurn = true;

function whenIdle(run: () => void): void {
  const idle = () => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(run, { timeout: 2000 });
    } else {
      window.setTimeout(run, 500);
    }
  };
  if (!firstTurn) return idle();
  firstTurn = false;
  window.setTimeout(idle, PRELOAD_AFTER_MS);
}

/** Loads the next waiting component in an idle period of its own, once the last one is in. */
function takeTurn(): void {
  if (turnTaken || waiting.length === 0) return;
  turnTaken = true;
  whenIdle(() => {
    const next = waiting.shift();
    if (next === undefined) {
      turnTaken = false;
      return;
    }
    // A chunk that fails to load is reported where its component is drawn, not here.
    void next
      .preload()
      .catch(() => undefined)
      .finally(() => {
        turnTaken = false;
        takeTurn();
      });
  });
}

/**
 * Loads the code of these components when the browser is idle after the first screen (from
 * PRELOAD_AFTER_MS on): one component per idle period, the next only once the last is in.
 * Loading a chunk (fetching, compiling and running it) holds the page for a moment; one at a
 * time, a click or a key pressed meanwhile waits for one chunk at most, not for every screen's
 * dialogs at once. The returned function takes back those not yet loaded (the component asking
 * went away).
 */
export function preloadWhenIdle(...components: readonly Preloadable[]): () => void {
  const added = components.filter((component) => !waiting.includes(component));
  waiting.push(...added);
  takeTurn();
  return () => {
    for (const component of added) {
      const at = waiting.indexOf(component);
      if (at >= 0) waiting.splice(at, 1);
    }
  };
}
