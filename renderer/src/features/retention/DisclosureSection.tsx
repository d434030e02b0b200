import DataObjectIcon from '@mui/icons-material/DataObject';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorState } from '../../common/ErrorState';
import { downloadText } from '../audit/downloadCsv';
import { PrintButtons } from '../summary/PrintButtons';
import { disclosureFile } from './disclosureFile';

export function disclosureRoute(personId: string): string {
  return `/print/disclosure/${personId}`;
}

/**
 * 本人開示 on the person's record (manager only): everything held on them as a JSON file, saved
 * through the app's export path, and printed (or saved as PDF) through the print path.
 */
export function DisclosureSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const save = useMutation({
    mutationFn: async () => disclosureFile(await call('persons.disclosure', { personId })),
    onSuccess: ({ fileName, text }) => downloadText(fileName, text, 'application/json'),
  });
  return (
    <Stack spacing={1} data-testid="disclosure-section">
      <Typography variant="body2" color="text.secondary">
        {t('disclosure.hint')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Button
          variant="outlined"
          startIcon={<DataObjectIcon aria-hidden />}
          onClick={() => save.mutate()}
          disabled={save.isPending}
          data-testid="disclosure-json"
        >
          {t('disclosure.json')}
        </Button>
        <PrintButtons
          route={disclosureRoute(personId)}
          printLabel={t('disclosure.print')}
          testId="disclosure-print"
        />
      </Stack>
      {save.isSuccess && (
        <Alert severity="success">{t('disclosure.jsonDone', { file: save.data.fileName })}</Alert>
      )}
      {save.isError && <ErrorState error={save.error} />}
    </Stack>
  );
}
