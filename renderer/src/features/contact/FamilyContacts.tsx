import PhoneIcon from '@mui/icons-material/Phone';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { familyContactsOf } from './familyContacts';

/** Who to call, with the numbers; says so plainly when the record has none. */
export function FamilyContacts({ person }: { person: object | undefined }) {
  const { t } = useTranslation();
  const contacts = familyContactsOf(person);
  if (contacts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('contact.noContacts')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }} data-testid="family-contacts">
      {contacts.map((c) => (
        <Typography
          component="li"
          key={`${c.name}-${c.phone}`}
          sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
        >
          <PhoneIcon fontSize="small" aria-hidden />
          <span>
            {c.relation ? t('contact.contactLine', { name: c.name, relation: c.relation }) : c.name}
          </span>
          <Box component="a" href={`tel:${c.phone}`} sx={{ fontWeight: 'bold' }}>
            {c.phone}
          </Box>
          {c.note && (
            <Typography component="span" variant="body2" color="text.secondary">
              {c.note}
            </Typography>
          )}
        </Typography>
      ))}
    </Box>
  );
}
