import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './AppShell';
import { HOME_PATH, INNER_ROUTES, NAV_VIEWS, PRINT_ROUTES } from './views';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        {[...NAV_VIEWS, ...INNER_ROUTES].map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
      </Route>
      {PRINT_ROUTES.map(({ path, element }) => (
        <Route key={path} path={path} element={element} />
      ))}
      <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
    </Routes>
  );
}
