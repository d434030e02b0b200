import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/schemas';

/** 要登録: the person has no pre-registration yet, a follow-up the desk must not forget. */
export function RegistrationChip({ person }: { person: Pick<Person, 'registration'> }) {
  const { t } = useTranslation();
  if (person.registration.status === 'registered') return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<PriorityHighIcon aria-hidden />}
      label={t(`emergency.registration.${person.registration.status}`)}
      data-testid="registration-follow-up"
    />
  );
}
