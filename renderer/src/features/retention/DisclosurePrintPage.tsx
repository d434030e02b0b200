import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { channelQuery } from '../../api/queries';
import { useSettings } from '../settings/useSettings';
import { PrintFrame } from '../summary/PrintFrame';
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
  return (
    <PrintFrame sources={[copy, settings, beds]}>
      {() =>
        copy.data &&
        settings.data &&
        beds.data && (
          <DisclosureDocument copy={copy.data} settings={settings.data} beds={beds.data} />
        )
      }
    </PrintFrame>
  );
}
