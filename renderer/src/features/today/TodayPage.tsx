import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/dates';
import type { DepartureKind } from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { NoticeSnackbar, type Notice } from '../../common/NoticeSnackbar';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { todayInJapan } from '../../lib/calendar';
import { useBeds } from '../beds/useBeds';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { ChangeNoticeBar } from '../calendar/ChangeNoticeBar';
import { OverrideDialog } from '../calendar/OverrideDialog';
import { useStayChange } from '../calendar/useStayChange';
import { usePersonsById } from '../persons/usePersonsById';
import { StayPanel } from '../stay/StayPanel';
import { checkedInMessage, checkedOutMessage, checkInUndoneMessage } from '../stay/stayNotices';
import { useStayAction } from '../stay/useStayAction';
import { useStaysInRange } from '../stays/useStaysInRange';
import { DepartureConfirmDialog } from '../stay/DepartureConfirmDialog';
import { DeskDayDialog } from '../days/DeskDayDialog';
import {
  departureNeedsConfirming,
  deskActionFor,
  deskDayDate,
  deskDepartureDate,
  type DeskAction,
} from './deskActions';
import { deskLists, type DeskLists } from './deskLists';
import { DeskSection } from './DeskSection';
import { TonightReadinessLine } from '../readiness/TonightReadinessLine';

interface PendingDeparture {
  stay: Stay;
  kind: Exclude<DepartureKind, 'asPlanned'>;
}

/**
 * 本日の受付: where the desk handles the day's arrivals and departures. Each row checks a guest
 * in or out (an early or same-day departure is confirmed first), a check-in made by mistake
 * today can be undone, the name opens the stay, and every step says what it did.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const [today] = useState(() => todayInJapan());
  const tomorrow = addDays(today, 1);
  const stays = useStaysInRange(today, tomorrow);
  const allBeds = useBeds();
  const { beds } = useBedsIncluding((stays.data ?? []).map((s) => s.bedId));
  const persons = usePersonsById([...new Set((stays.data ?? []).map((s) => s.personId))]);
  const act = useStayAction();
  const change = useStayChange();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<PendingDeparture | null>(null);
  const [openStayId, setOpenStayId] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ stay: Stay; date: string } | null>(null);

  const nameOf = (stay: Stay) => {
    const person = persons.byId.get(stay.personId);
    return person ? fullName(person) : t('today.unknownPerson');
  };
  const failed = (error: unknown) =>
    setNotice({ severity: 'error', ...describeApiError(error, t) });
  const run = (action: () => Promise<Stay>, done: (saved: Stay) => Notice) => {
    setNotice(null);
    act.mutate({ run: action, onDone: (saved) => setNotice(done(saved)) }, { onError: failed });
  };

  const undoCheckIn = (stay: Stay) =>
    run(
      () => call('stays.undoCheckIn', { id: stay.id }),
      (saved) => ({ severity: 'success', message: checkInUndoneMessage(t, nameOf(stay), saved) }),
    );
  const checkOut = (stay: Stay) =>
    run(
      () => call('stays.checkOut', { id: stay.id, date: deskDepartureDate(stay, today) }),
      (saved) => ({
        severity: 'success',
        message: checkedOutMessage(t, long, nameOf(stay), stay, saved),
      }),
    );
  const onAction = (stay: Stay, action: Exclude<DeskAction, null>) => {
    switch (action) {
      case 'checkIn':
        return run(
          () => call('stays.checkIn', { id: stay.id }),
          () => ({
            severity: 'success',
            message: checkedInMessage(t, nameOf(stay)),
            action: {
              label: t('stay.done.undo'),
              onClick: () => undoCheckIn(stay),
              testId: 'notice-undo-check-in',
            },
          }),
        );
      case 'undoCheckIn':
        return undoCheckIn(stay);
      case 'checkOut': {
        const kind = departureNeedsConfirming(stay, today);
        return kind ? setConfirming({ stay, kind }) : checkOut(stay);
      }
    }
  };

  if (stays.isPending) return <LoadingState />;
  if (stays.isError) return <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />;
  const lists = deskLists(stays.data, today, beds);
  const section = (key: keyof DeskLists, title: string) => (
    <DeskSection
      title={title}
      testId={`desk-${key}`}
      stays={lists[key]}
      persons={persons.byId}
      beds={beds}
      actionFor={(stay) => deskActionFor(key, stay, today)}
      busy={act.isPending}
      onAction={onAction}
      onOpen={(stay) => setOpenStayId(stay.id)}
      dayFor={(stay) => deskDayDate(key, stay, today)}
      onRecordDay={(stay, date) => setRecording({ stay, date })}
    />
  );
  return (
    <Container maxWidth="lg" sx={{ py: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('today.title', { date: long(today) })}
      </Typography>
      <Stack spacing={2}>
        <TonightReadinessLine today={today} />
        {section('arrivalsToday', t('today.arrivalsToday'))}
        {section('departuresToday', t('today.departuresToday'))}
        {section('inFacility', t('today.inFacility'))}
        {section('arrivalsTomorrow', t('today.arrivalsTomorrow', { date: long(tomorrow) }))}
        {section('departuresTomorrow', t('today.departuresTomorrow', { date: long(tomorrow) }))}
      </Stack>
      {confirming && (
        <DepartureConfirmDialog
          stay={confirming.stay}
          name={nameOf(confirming.stay)}
          date={deskDepartureDate(confirming.stay, today)}
          kind={confirming.kind}
          showPlanHint
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            checkOut(confirming.stay);
          }}
        />
      )}
      {recording && (
        <DeskDayDialog
          stayId={recording.stay.id}
          date={recording.date}
          name={nameOf(recording.stay)}
          onClose={() => setRecording(null)}
          onSaved={() =>
            setNotice({
              severity: 'success',
              message: t('days.done', { name: nameOf(recording.stay), date: long(recording.date) }),
            })
          }
        />
      )}
      {openStayId && allBeds.data && (
        <StayPanel
          stayId={openStayId}
          beds={allBeds.data}
          today={today}
          onClose={() => setOpenStayId(null)}
          onChangeStay={(stay, changes, overrides) =>
            void change.requestChange({ stay, changes, overrides, revert: () => undefined })
          }
        />
      )}
      {change.pending && (
        <OverrideDialog
          violations={change.pending.violations}
          onConfirm={(overrides) => void change.confirmOverrides(overrides)}
          onCancel={change.cancelOverrides}
        />
      )}
      <ChangeNoticeBar notice={change.notice} onClose={change.clearNotice} onUndo={change.undo} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="desk-notice" />
    </Container>
  );
}
