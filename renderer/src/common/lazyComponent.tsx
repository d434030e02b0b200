import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

/** A component whose code loads on first use, and a way to load it ahead of that. */
export type LazyComponent<P extends object> = ComponentType<P> & { preload: () => void };

/**
 * A component loaded from its own chunk when first drawn (a dialog, a panel, a tooltip): the
 * app's first chunk then holds only what the first screen draws. `preload` fetches the chunk
 * early (see preloadWhenIdle), so the first opening does not wait for it. Nothing is shown while
 * it loads: these open on a click, and the chunk is local.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const get = () => (loading ??= load());
  const Loaded = lazy(async () => ({ default: await get() }));
  function Lazy(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...(props as ComponentProps<typeof Loaded>)} />
      </Suspense>
    );
  }
  return Object.assign(Lazy, { preload: () => void get() });
}

/** Loads the code of these components once the browser is idle after the first screen. */
export function preloadWhenIdle(...components: readonly { preload: () => void }[]): () => void {
  const run = () => components.forEach((component) => component.preload());
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 500);
  return () => window.clearTimeout(handle);
}
