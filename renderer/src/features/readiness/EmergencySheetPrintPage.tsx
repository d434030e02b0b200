import Box from '@mui/material/Box';
import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { usePerson } from '../persons/usePerson';
import { useSettings } from '../settings/useSettings';
import { PrintPageStyles } from '../summary/PrintPageStyles';
import { PrintToolbar } from '../summary/PrintToolbar';
import { useAutoPrint } from '../summary/useAutoPrint';
import { EmergencySheet } from './EmergencySheet';

/**
 * /print/emergency-sheet/:personId — the person's 緊急時情報シート on one A4 page. It reads the
 * whole record through persons.get, so only staff who may see care notes can print it.
 */
export function EmergencySheetPrintPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const settings = useSettings();
  const [today] = useState(() => todayInJapan(new Date()));
  const ready = person.isSuccess && settings.isSuccess;
  useAutoPrint(ready);
  const failed = person.isError ? person : settings.isError ? settings : undefined;
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {!ready && !failed && <LoadingState />}
      {failed && <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />}
      {ready && (
        // The Electron printer waits for this marker before it prints.
        <Box data-print-ready>
          <EmergencySheet
            person={person.data}
            facilityName={settings.data.facilityName}
            facilityPhone={settings.data.phone}
            today={today}
          />
        </Box>
      )}
    </Box>
  );
}
