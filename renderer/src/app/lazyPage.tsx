import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from '../common/LoadingState';

/**
 * A screen loaded from its own chunk when first shown: the app starts on the calendar, and
 * parsing every other screen's code (charts, forms, print layouts) delayed that first screen.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    );
  };
}
