import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useDatabaseReach } from '../../api/liveChanges';

/**
 * While the facility's database cannot be reached: says so above every screen, which keeps
 * showing what it had loaded (not current) while writes are refused (DATABASE_UNAVAILABLE).
 * Gone by itself when the connection is back.
 */
export function DatabaseBanner() {
  const { t } = useTranslation();
  if (useDatabaseReach() !== 'unavailable') return null;
  return (
    <Alert severity="warning" role="status" square data-testid="database-away">
      {t('storage.databaseAway')}
    </Alert>
  );
}
