import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useSettings } from '../settings/useSettings';
import { PrintPageStyles } from '../summary/PrintPageStyles';
import { PrintToolbar } from '../summary/PrintToolbar';
import { useAutoPrint } from '../summary/useAutoPrint';
import { DisclosureDocument } from './DisclosureDocument';

/**
 * /print/disclosure/:personId — 本人開示 on A4: everything Tomari holds on the person. It reads
 * persons.disclosure, so only a manager can print it (the contract refuses anyone else).
 */
export function DisclosurePrintPage() {
  const { personId = '' } = useParams();
  const copy = useQuery(channelQuery('persons.disclosure', { personId }));
  const settings = useSettings();
  const beds = useQuery(channelQuery('beds.list', {}));
  const ready = copy.isSuccess && settings.isSuccess && beds.isSuccess;
  useAutoPrint(ready);
  const failed = [copy, settings, beds].find((q) => q.isError);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {!ready && !failed && <LoadingState />}
      {failed && <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />}
      {ready && (
        // The Electron printer waits for this marker before it prints.
        <Box data-print-ready>
          <DisclosureDocument copy={copy.data} settings={settings.data} beds={beds.data} />
        </Box>
      )}
    </Box>
  );
}
