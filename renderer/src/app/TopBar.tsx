import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/useSettings';
import { LanguageToggle } from './LanguageToggle';
import { VIEWS, type ViewId } from './views';

interface TopBarProps {
  view: ViewId;
  onViewChange: (view: ViewId) => void;
}

/** The app name, whose facility this is, and the view switch. */
export function TopBar({ view, onViewChange }: TopBarProps) {
  const { t } = useTranslation();
  // A missing facility name must not block the desk, so a failed load simply shows none.
  const facilityName = useSettings().data?.facilityName ?? '';
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
        <LanguageToggle />
      </Toolbar>
      <Tabs
        component="nav"
        value={view}
        onChange={(_event, next: ViewId) => onViewChange(next)}
        aria-label={t('app.viewsLabel')}
        textColor="inherit"
        indicatorColor="secondary"
      >
        {VIEWS.map(({ id }) => (
          <Tab key={id} value={id} label={t(`app.views.${id}`)} />
        ))}
      </Tabs>
    </AppBar>
  );
}
