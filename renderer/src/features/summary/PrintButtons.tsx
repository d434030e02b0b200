import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../common/ErrorState';
import { usePrintRoute } from './usePrintRoute';

/** Print and save-as-PDF for one print route, with what happened shown in words. */
export function PrintButtons({
  route,
  printLabel,
  testId = 'print-summary',
}: {
  route: string;
  printLabel: string;
  /** Put on the print button (the PDF button gets `<testId>-pdf`). */
  testId?: string;
}) {
  const { t } = useTranslation();
  const { preview, savePdf } = usePrintRoute(route);
  const saved = savePdf.data?.kind === 'saved' ? savePdf.data.path : null;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          startIcon={<PrintIcon aria-hidden />}
          onClick={() => preview.mutate()}
          disabled={preview.isPending}
          data-testid={testId}
        >
          {printLabel}
        </Button>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdfIcon aria-hidden />}
          onClick={() => savePdf.mutate()}
          disabled={savePdf.isPending}
          data-testid={`${testId}-pdf`}
        >
          {t('training.record.savePdf')}
        </Button>
      </Stack>
      {saved && <Alert severity="success">{t('training.record.pdfSaved', { path: saved })}</Alert>}
      {preview.isError && <ErrorState error={preview.error} />}
      {savePdf.isError && <ErrorState error={savePdf.error} />}
    </Stack>
  );
}
