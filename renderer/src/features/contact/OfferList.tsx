import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { useBookOffer } from './useContactActions';
import { useStayOffers } from './useStayOffers';

interface OfferListProps {
  stay: Stay;
}

/** The dates to offer the family now; one click books the one they accept. */
export function OfferList({ stay }: OfferListProps) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const offers = useStayOffers(stay.id);
  const book = useBookOffer(stay);
  const { beds } = useBedsIncluding((offers.data ?? []).map((o) => o.bedId));
  const bedName = (id: string) => beds.find((b) => b.id === id)?.name ?? '';

  if (offers.isPending) return <LoadingState />;
  if (offers.isError) {
    return <Alert severity="error">{describeApiError(offers.error, t).message}</Alert>;
  }
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="h4">
        {t('contact.offers')}
      </Typography>
      {offers.data.length === 0 && (
        <Typography color="text.secondary">{t('contact.noOffers')}</Typography>
      )}
      {offers.data.map((offer, i) => (
        <Stack
          key={`${offer.bedId}-${offer.start}`}
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center' }}
          data-testid={`offer-${stay.id}-${i}`}
        >
          <Typography sx={{ minWidth: 320 }}>
            {t('date.range', { from: long(offer.start), to: long(offer.end) })}
            {t('contact.offerBed', { bed: bedName(offer.bedId) })}
          </Typography>
          <Button
            variant="outlined"
            size="small"
            startIcon={<EventAvailableIcon aria-hidden />}
            disabled={book.isPending}
            onClick={() => book.mutate(offer)}
            data-testid={`book-offer-${stay.id}-${i}`}
          >
            {t('contact.book')}
          </Button>
        </Stack>
      ))}
      {book.isError && (
        <Alert severity="error" role="alert">
          {describeApiError(book.error, t).message}
          {describeApiError(book.error, t).details.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
