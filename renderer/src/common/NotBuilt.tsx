import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

export function NotBuilt() {
  const { t } = useTranslation();
  return <Alert severity="info">{t('app.notBuilt')}</Alert>;
}
