import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { RoleGate } from '../features/session/RoleGate';
import { AppShell } from './AppShell';
import { HOME_PATH, INNER_ROUTES, NAV_VIEWS, PRINT_ROUTES, type View } from './views';

/** A route whose screen opens only for the roles that may call what it is for. */
function route({ path, needs, element }: View): RouteObject {
  return { path, element: <RoleGate channel={needs}>{element}</RoleGate> };
}

/** Every route of the app: the screens inside the app shell, the print pages outside it. */
export const APP_ROUTES: RouteObject[] = [
  {
    element: <AppShell />,
    children: [...NAV_VIEWS, ...INNER_ROUTES].map(route),
  },
  ...PRINT_ROUTES.map(route),
  { path: '*', element: <Navigate to={HOME_PATH} replace /> },
];

/**
 * A window opened without a route (no fragment, as Electron and the browser host open it) is put
 * on the home screen's address before the router reads it. Redirected by the router instead
 * (the '*' route), the first frame drew an empty screen and the home screen came a render later,
 * as a transition React renders in slices.
 */
export function startAtHome(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): void {
  if (location.hash !== '' && location.hash !== '#' && location.hash !== '#/') return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${HOME_PATH}`);
}

/**
 * A data router over the URL fragment (#/calendar), so it works the same from a file in
 * Electron and from the browser host. A data router rather than <HashRouter>: only it lets a
 * screen hold a navigation while unsaved input waits for an answer (useBlocker).
 */
export function createAppRouter() {
  startAtHome(window.location, window.history);
  return createHashRouter(APP_ROUTES);
}
