import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Person } from '../../../../shared/domain/schemas';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { AuthorizationsForm } from './AuthorizationsForm';
import { CareNotesForm } from './CareNotesForm';
import { ConsultationForm } from './ConsultationForm';
import { ContactsForm } from './ContactsForm';
import { IdentityForm } from './IdentityForm';
import { PersonStaysTable } from './PersonStaysTable';
import { ReadinessChecklist } from '../readiness/ReadinessChecklist';
import { RegistrationForm } from './RegistrationForm';
import { SectionCard } from './SectionCard';
import { UsagePanel } from './UsagePanel';
import { usePerson } from './usePerson';
import { fullName } from '../../common/personName';
import { useCan } from '../session/SessionContext';
import { DisclosureSection } from '../retention/DisclosureSection';

/**
 * 利用者の記録: the whole record in sections, each saved on its own. The only screen that shows
 * emergency contacts and care notes.
 */
export function PersonRecordPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  }
  // Each section saves the whole person built from the latest record, so after one section
  // saves, the others keep their edits and still send the fresh values of the rest.
  return <PersonRecord key={person.data.id} person={person.data} />;
}

function PersonRecord({ person }: { person: Person }) {
  const { t } = useTranslation();
  const canDisclose = useCan('persons.disclosure');
  return (
    <Box sx={{ p: 2, maxWidth: 1200, mx: 'auto' }} data-testid="person-record">
      <Button component={RouterLink} to="/persons" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('persons.backToList')}
      </Button>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" data-testid="person-record-name">
          {fullName(person)}
        </Typography>
        <Typography color="text.secondary">
          {person.familyNameKana} {person.givenNameKana}
        </Typography>
        <Chip
          size="small"
          label={t(`persons.registrationStatus.${person.registration.status}`)}
          color={person.registration.status === 'registered' ? 'primary' : 'default'}
        />
      </Stack>
      <Stack spacing={2}>
        <SectionCard id="readiness" title={t('readiness.checklist.title')}>
          <ReadinessChecklist person={person} />
        </SectionCard>
        <SectionCard id="identity" title={t('persons.identity.title')}>
          <IdentityForm person={person} />
        </SectionCard>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
          <SectionCard id="usage" title={t('persons.usage.title')}>
            <UsagePanel personId={person.id} />
          </SectionCard>
          <SectionCard id="registration" title={t('persons.registration.title')}>
            <RegistrationForm person={person} />
          </SectionCard>
        </Box>
        <SectionCard id="authorizations" title={t('persons.authorizations.title')}>
          <AuthorizationsForm person={person} />
        </SectionCard>
        <SectionCard id="consultation" title={t('persons.consultation.title')}>
          <ConsultationForm person={person} />
        </SectionCard>
        <Alert severity="info" icon={<LockIcon />}>
          {t('persons.privateNotice')}
        </Alert>
        <SectionCard
          id="contacts"
          title={t('persons.contacts.title')}
          hint={t('persons.contacts.hint')}
        >
          <ContactsForm person={person} />
        </SectionCard>
        <SectionCard id="care" title={t('persons.care.title')}>
          <CareNotesForm person={person} />
        </SectionCard>
        <SectionCard id="stays" title={t('persons.stays.title')}>
          <PersonStaysTable personId={person.id} />
        </SectionCard>
        {canDisclose && (
          <SectionCard id="disclosure" title={t('disclosure.title')}>
            <DisclosureSection personId={person.id} />
          </SectionCard>
        )}
      </Stack>
    </Box>
  );
}
