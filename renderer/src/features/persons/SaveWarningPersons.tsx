import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePersonsById } from './usePersonsById';
import { fullName } from '../../common/personName';

/**
 * The persons a save warning is about (the service sends their ids only): their names, each
 * linking to its record, so the desk can see at once which of the two is mistyped.
 */
export function SaveWarningPersons({ personIds }: { personIds: readonly string[] }) {
  const { t } = useTranslation();
  const persons = usePersonsById(personIds);
  const named = personIds.flatMap((id) => {
    const person = persons.byId.get(id);
    return person ? [person] : [];
  });
  if (named.length === 0) return null;
  return (
    <Typography variant="body2" component="div" data-testid="save-warning-persons">
      {t('persons.warningPersons')}
      {named.map((person, i) => (
        <span key={person.id}>
          {i > 0 && '、'}
          <Link component={RouterLink} to={`/persons/${person.id}`} color="inherit">
            {fullName(person)}
          </Link>
        </span>
      ))}
    </Typography>
  );
}
