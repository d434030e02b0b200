import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CsvReport } from '../../../../shared/api/paperwork-schemas';
import { call } from '../../api/client';
import { ErrorState } from '../../common/ErrorState';
import { saveTextFile } from './saveTextFile';

interface CsvButtonProps {
  report: CsvReport;
  from: string;
  to: string;
}

/** Asks the API for a report as CSV and saves it as a file for Excel. */
export function CsvButton({ report, from, to }: CsvButtonProps) {
  const { t } = useTranslation();
  const exportCsv = useMutation({
    mutationFn: () => call('reports.csv', { report, from, to }),
    onSuccess: ({ fileName, text }) => saveTextFile(fileName, text, 'text/csv;charset=utf-8'),
  });
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon aria-hidden />}
        disabled={exportCsv.isPending}
        onClick={() => exportCsv.mutate()}
        data-testid={`csv-${report}`}
        title={t('reports.csvHint')}
      >
        {t('reports.csv')}
      </Button>
      {exportCsv.isSuccess && (
        <Typography variant="body2" color="success.main" role="status">
          {t('reports.csvSaved', { fileName: exportCsv.data.fileName })}
        </Typography>
      )}
      {exportCsv.isError && <ErrorState error={exportCsv.error} />}
    </Stack>
  );
}
