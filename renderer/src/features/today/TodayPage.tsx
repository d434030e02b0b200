import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/dates';
import type { Stay } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { todayInJapan } from '../../lib/calendar';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { usePersonsById } from '../persons/usePersonsById';
import { useStaysInRange } from '../stays/useStaysInRange';
import { deskLists } from './deskLists';
import { DeskSection } from './DeskSection';
import type { DeskAction } from './DeskStayRow';
import { useCheckIn, useCheckOut } from './useDeskActions';

/** 本日の受付: today's and tomorrow's comings and goings, and who is here now. */
export function TodayPage() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const today = todayInJapan();
  const tomorrow = addDays(today, 1);
  const stays = useStaysInRange(today, tomorrow);
  const { beds } = useBedsIncluding((stays.data ?? []).map((s) => s.bedId));
  const persons = usePersonsById([...new Set((stays.data ?? []).map((s) => s.personId))]);
  const checkIn = useCheckIn();
  const checkOut = useCheckOut();
  const failed = checkIn.error ?? checkOut.error;

  // Check-in is possible from the arrival date; a guest can be checked out on any later day.
  const actionFor = (stay: Stay): DeskAction => {
    if ((stay.status === 'tentative' || stay.status === 'confirmed') && stay.start <= today)
      return 'checkIn';
    if (stay.status === 'in_stay' && stay.start < today) return 'checkOut';
    return null;
  };
  const onAction = (stay: Stay, action: Exclude<DeskAction, null>) => {
    checkIn.reset();
    checkOut.reset();
    if (action === 'checkIn') checkIn.mutate(stay.id);
    else checkOut.mutate(stay.id);
  };

  if (stays.isPending) return <LoadingState />;
  if (stays.isError) return <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />;
  const lists = deskLists(stays.data, today);
  const section = (key: keyof typeof lists, title: string) => (
    <DeskSection
      title={title}
      testId={`desk-${key}`}
      stays={lists[key]}
      persons={persons.byId}
      beds={beds}
      actionFor={actionFor}
      busy={checkIn.isPending || checkOut.isPending}
      onAction={onAction}
    />
  );
  const failure = failed ? describeApiError(failed, t) : null;
  return (
    <Container maxWidth="lg" sx={{ py: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('today.title', { date: long(today) })}
      </Typography>
      {failure && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="desk-error">
          {failure.message}
          {failure.details.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </Alert>
      )}
      <Stack spacing={2}>
        {section('arrivalsToday', t('today.arrivalsToday'))}
        {section('departuresToday', t('today.departuresToday'))}
        {section('inFacility', t('today.inFacility'))}
        {section('arrivalsTomorrow', t('today.arrivalsTomorrow', { date: long(tomorrow) }))}
        {section('departuresTomorrow', t('today.departuresTomorrow', { date: long(tomorrow) }))}
      </Stack>
    </Container>
  );
}
