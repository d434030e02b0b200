import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { usePersonRecordsById } from '../persons/usePersonRecordsById';
import { ContactCard } from './ContactCard';
import { useToContact } from './useToContact';

/** 連絡待ち: families whose booking gave way to an emergency, until someone has called them. */
export function ContactPage() {
  const { t } = useTranslation();
  const stays = useToContact();
  const { beds } = useBedsIncluding((stays.data ?? []).map((s) => s.bedId));
  const persons = usePersonRecordsById([...new Set((stays.data ?? []).map((s) => s.personId))]);
  return (
    <Container maxWidth="md" sx={{ py: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('contact.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('contact.intro')}
      </Typography>
      {stays.isPending ? (
        <LoadingState />
      ) : stays.isError ? (
        <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />
      ) : stays.data.length === 0 ? (
        <Alert severity="success" data-testid="contact-empty">
          {t('contact.empty')}
        </Alert>
      ) : (
        <Stack spacing={2} data-testid="contact-list">
          {stays.data.map((stay) => (
            <ContactCard
              key={stay.id}
              stay={stay}
              person={persons.get(stay.personId)}
              beds={beds}
            />
          ))}
        </Stack>
      )}
    </Container>
  );
}
