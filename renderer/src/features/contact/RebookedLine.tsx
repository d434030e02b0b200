import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../common/LoadingState';
import { ErrorState } from '../../common/ErrorState';
import { useDateLabels } from '../../common/useDateLabels';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { useStay } from '../stay/useStay';

/**
 * The new dates already booked for a bumped family: shown instead of fresh offers, so nobody
 * books them a second time; what is left is to tell them and mark them contacted.
 */
export function RebookedLine({ bumpedId, rebookedAs }: { bumpedId: string; rebookedAs: string }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const booked = useStay(rebookedAs);
  const { beds } = useBedsIncluding(booked.data ? [booked.data.bedId] : []);
  if (booked.isPending) return <LoadingState />;
  if (booked.isError)
    return <ErrorState error={booked.error} onRetry={() => void booked.refetch()} />;
  const stay = booked.data;
  return (
    <Alert
      severity="success"
      icon={<EventAvailableIcon aria-hidden />}
      data-testid={`booked-${bumpedId}`}
    >
      {t('contact.rebooked', {
        range: t('date.range', { from: long(stay.start), to: long(stay.end) }),
        bed: beds.find((b) => b.id === stay.bedId)?.name ?? '',
        status: t(`stayStatus.${stay.status}`),
      })}
      <div>{t('contact.rebookedNext')}</div>
    </Alert>
  );
}
