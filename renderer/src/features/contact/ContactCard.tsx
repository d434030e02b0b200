import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Bed, Person, Stay } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { fullKana, fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { FamilyContacts } from './FamilyContacts';
import { OfferList } from './OfferList';
import { RebookedLine } from './RebookedLine';
import { useMarkContacted } from './useContactActions';

interface ContactCardProps {
  stay: Stay;
  person: Person | undefined;
  beds: readonly Bed[];
}

/** One family to call: who, which booking gave way and why, whom to ring, what to offer. */
export function ContactCard({ stay, person, beds }: ContactCardProps) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const mark = useMarkContacted(stay.id);
  const name = person ? fullName(person) : t('contact.unknownPerson');
  const titleId = `contact-${stay.id}-title`;
  return (
    <Card component="article" aria-labelledby={titleId} data-testid={`contact-${stay.id}`}>
      <CardContent>
        <Stack spacing={1.5}>
          <div>
            <Typography id={titleId} variant="h6" component="h3">
              {t('contact.personName', { name })}
            </Typography>
            {person && (
              <Typography variant="body2" color="text.secondary">
                {fullKana(person)}
              </Typography>
            )}
          </div>
          <Typography>
            {t('contact.original', {
              kind: t(`stayKind.${stay.kind}`),
              range: t('date.range', { from: long(stay.start), to: long(stay.end) }),
              bed: beds.find((b) => b.id === stay.bedId)?.name ?? '',
            })}
          </Typography>
          <Typography>
            {t('contact.why', { reason: stay.bumpReason ?? t('contact.whyUnknown') })}
          </Typography>
          {stay.note && (
            <Typography variant="body2">{t('contact.note', { note: stay.note })}</Typography>
          )}
          <Divider />
          <Typography variant="subtitle2" component="h4">
            {t('contact.contacts')}
          </Typography>
          <FamilyContacts person={person} />
          <Divider />
          {stay.rebookedAs ? (
            <RebookedLine bumpedId={stay.id} rebookedAs={stay.rebookedAs} />
          ) : (
            <OfferList stay={stay} />
          )}
          {mark.isError && (
            <Alert severity="error" role="alert">
              {describeApiError(mark.error, t).message}
            </Alert>
          )}
        </Stack>
      </CardContent>
      <CardActions sx={{ justifyContent: 'flex-end', px: 2, pb: 2 }}>
        <Button
          variant="contained"
          startIcon={<PhoneForwardedIcon aria-hidden />}
          disabled={mark.isPending}
          onClick={() => mark.mutate()}
          data-testid={`mark-contacted-${stay.id}`}
        >
          {t('contact.markContacted')}
        </Button>
      </CardActions>
    </Card>
  );
}
