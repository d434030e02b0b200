import EditIcon from '@mui/icons-material/Edit';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** 「未保存の変更があります」 beside a form's save button, in words and an icon. */
export function UnsavedMarker() {
  const { t } = useTranslation();
  return (
    <Typography
      role="status"
      data-testid="unsaved-marker"
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 700 }}
    >
      <EditIcon fontSize="small" aria-hidden />
      {t('unsaved.marker')}
    </Typography>
  );
}
