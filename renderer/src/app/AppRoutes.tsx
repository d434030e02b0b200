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
 * A data router over the URL fragment (#/calendar), so it works the same from a file in
 * Electron and from the browser host. A data router rather than <HashRouter>: only it lets a
 * screen hold a navigation while unsaved input waits for an answer (useBlocker).
 */
export function createAppRouter() {
  return createHashRouter(APP_ROUTES);
}
