import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Screen-only controls above a print page (hidden on paper). */
export function PrintToolbar() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack className="no-print" direction="row" spacing={1} sx={{ p: 2 }}>
      <Button
        variant="contained"
        startIcon={<PrintIcon aria-hidden />}
        onClick={() => window.print()}
      >
        {t('summary.print')}
      </Button>
      <Button onClick={() => void navigate(-1)}>{t('summary.back')}</Button>
    </Stack>
  );
}
