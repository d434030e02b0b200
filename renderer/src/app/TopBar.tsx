import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { prefetchCalendar } from '../features/calendar/prefetchCalendar';
import { todayInJapan } from '../lib/calendar';
import { useSettings } from '../features/settings/useSettings';
import { Link, useLocation } from 'react-router';
import { EmergencyButton } from '../features/emergency/EmergencyButton';
import { useSession } from '../features/session/SessionContext';
import { StaffMenu } from '../features/session/StaffMenu';
import { LanguageToggle } from './LanguageToggle';
import { NAV_VIEWS } from './views';

/**
 * The app name, whose facility this is, the emergency button, who is signed in, and the tabs of
 * the screens their roles may use.
 */
export function TopBar() {
  const { pathname } = useLocation();
  const { can } = useSession();
  // Only the screens the signed-in roles may use (docs/staff.md).
  const views = NAV_VIEWS.filter((view) => can(view.needs));
  // The tab of the screen shown, also for its inner pages (/persons/123 → persons).
  const current = views.find((v) => pathname === v.path || pathname.startsWith(`${v.path}/`));
  const { t } = useTranslation();
  // A missing facility name must not block the desk, so a failed load simply shows none.
  const facilityName = useSettings().data?.facilityName ?? '';
  const queryClient = useQueryClient();
  // Pointing at or focusing the calendar's tab starts its data before the click.
  const prefetch = (id: string) => {
    if (id === 'calendar') void prefetchCalendar(queryClient, todayInJapan());
  };
  return (
    <AppBar position="sticky" component="header">
      <Toolbar sx={{ gap: 2 }}>
        <Typography variant="h6" component="div" sx={{ fontWeight: 'bold' }}>
          {t('app.title')}
        </Typography>
        {facilityName !== '' && (
          <Typography
            component="div"
            aria-label={t('app.facilityLabel')}
            data-testid="facility-name"
            sx={{ opacity: 0.9 }}
          >
            {facilityName}
          </Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {can('emergency.commit') && <EmergencyButton />}
        <StaffMenu />
        <LanguageToggle />
      </Toolbar>
      <Tabs
        component="nav"
        value={current?.id ?? false}
        aria-label={t('app.viewsLabel')}
        textColor="inherit"
        indicatorColor="secondary"
        variant="scrollable"
        scrollButtons="auto"
      >
        {views.map(({ id, path }) => (
          <Tab
            key={id}
            value={id}
            label={t(`app.views.${id}`)}
            component={Link}
            to={path}
            onMouseEnter={() => prefetch(id)}
            onFocus={() => prefetch(id)}
          />
        ))}
      </Tabs>
    </AppBar>
  );
}
