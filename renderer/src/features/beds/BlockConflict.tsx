import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { useStaysById } from '../emergency/useStaysById';
import { usePersonsById } from '../persons/usePersonsById';

/** The bookings that stop a bed from closing, by name and dates, so the desk can move them. */
export function BlockConflict({ stayIds }: { stayIds: string[] }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const stays = useStaysById(stayIds);
  const persons = usePersonsById([...new Set([...stays.values()].map((s) => s.personId))]);
  return (
    <Alert severity="error" role="alert" data-testid="block-conflict">
      <AlertTitle>{t('beds.blockConflict')}</AlertTitle>
      <ul>
        {stayIds.map((id) => {
          const stay = stays.get(id);
          const person = stay ? persons.byId.get(stay.personId) : undefined;
          return (
            <li key={id}>
              {stay
                ? t('beds.blockConflictStay', {
                    name: person ? fullName(person) : '',
                    kind: t(`stayKind.${stay.kind}`),
                    range: t('date.range', { from: long(stay.start), to: long(stay.end) }),
                  })
                : t('common.loading')}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
