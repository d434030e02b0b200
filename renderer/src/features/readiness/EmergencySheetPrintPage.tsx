import { useState } from 'react';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { usePerson } from '../persons/usePerson';
import { useSettings } from '../settings/useSettings';
import { PrintFrame } from '../summary/PrintFrame';
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
  return (
    <PrintFrame sources={[person, settings]}>
      {() =>
        person.data &&
        settings.data && (
          <EmergencySheet
            person={person.data}
            facilityName={settings.data.facilityName}
            facilityPhone={settings.data.phone}
            today={today}
          />
        )
      }
    </PrintFrame>
  );
}
