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

/** Loads the code of these components once the browser is idle after the first screen. */
export function preloadWhenIdle(
  ...components: readonly { preload: () => Promise<void> }[]
): () => void {
  // A chunk that fails to load is reported where its component is drawn, not here.
  const run = () => components.forEach((component) => void component.preload().catch(() => {}));
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 500);
  return () => window.clearTimeout(handle);
}
