import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { IdentityForm } from './IdentityForm';
import { SectionCard } from './SectionCard';

const NEW_PERSON = {
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  registration: { status: 'pending' as const },
  authorizations: [],
};

/** Registers a person by identity first; the other sections follow on their record screen. */
export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Box sx={{ p: 2, maxWidth: 1200, mx: 'auto' }}>
      <Button component={RouterLink} to="/persons" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('persons.backToList')}
      </Button>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {t('persons.newTitle')}
      </Typography>
      <SectionCard id="identity" title={t('persons.identity.title')}>
        <IdentityForm
          person={NEW_PERSON}
          submitLabel={t('persons.create')}
          onSaved={(person) => void navigate(`/persons/${person.id}`)}
        />
      </SectionCard>
    </Box>
  );
}
