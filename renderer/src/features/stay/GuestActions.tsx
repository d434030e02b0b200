import EventIcon from '@mui/icons-material/Event';
import LogoutIcon from '@mui/icons-material/Logout';
import UndoIcon from '@mui/icons-material/Undo';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isValidIsoDate } from '../../../../shared/domain/dates';
import {
  checkOutRefusal,
  departureChangeRefusal,
  departureKind,
  undoCheckInRefusal,
} from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { refusalMessage } from '../../api/errors-ja';
import { DateField } from '../../common/dates/DateField';
import type { Notice } from '../../common/NoticeSnackbar';
import { useDateLabels } from '../../common/useDateLabels';
import { DepartureConfirmDialog } from './DepartureConfirmDialog';
import { checkedOutMessage, checkInUndoneMessage } from './stayNotices';
import type { StayActionRequest } from './useStayAction';

interface GuestActionsProps {
  stay: Stay;
  today: string;
  name: string;
  busy: boolean;
  act: (request: StayActionRequest) => void;
  notify: (notice: Notice) => void;
  /** Moves the planned departure: checked against the rules (and override reasons) first. */
  onChangeEnd: (end: string) => void;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Typography variant="subtitle2" component="h4" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * A guest in the facility. Two different things, kept apart on screen: recording a departure
 * that happened (today or an earlier day, which ends the stay), and moving the planned departure
 * (the guest stays 滞在中 until then). A check-in made by mistake today can be undone.
 */
export function GuestActions(props: GuestActionsProps) {
  const { stay, today, name, busy, act, notify, onChangeEnd } = props;
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const latestDeparture = earlier(today, stay.end);
  // What the date fields hold; a date typed halfway counts as no date yet.
  const [departureText, setDeparture] = useState(latestDeparture);
  const [plannedEndText, setPlannedEnd] = useState(stay.end);
  const departure = isValidIsoDate(departureText) ? departureText : '';
  const plannedEnd = isValidIsoDate(plannedEndText) ? plannedEndText : '';
  const outRefusal = departure === '' ? null : checkOutRefusal(stay, departure, today);
  const kind = departure === '' || outRefusal ? null : departureKind(stay, departure);
  const firstPossibleEnd = later(today, addDays(stay.start, 1));
  const planRefusal = plannedEnd === '' ? null : departureChangeRefusal(stay, plannedEnd, today);
  const planTooSoon = plannedEnd !== '' && plannedEnd <= stay.start;
  const undoRefusal = undoCheckInRefusal(stay, today);
  const [confirming, setConfirming] = useState(false);
  const recordDeparture = () =>
    act({
      run: () => call('stays.checkOut', { id: stay.id, date: departure }),
      onDone: (saved) =>
        notify({ severity: 'success', message: checkedOutMessage(t, long, name, stay, saved) }),
    });

  return (
    <Stack spacing={3}>
      <Part title={t('stay.guest.departureTitle')}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <DateField
              size="small"
              label={t('stay.guest.departureDate')}
              value={departureText}
              onChange={setDeparture}
              min={stay.start}
              max={latestDeparture}
              testId="stay-check-out-date"
            />
            <Button
              // Leaving as booked is the day's usual step; ending a stay early is asked first.
              variant={kind === 'asPlanned' ? 'contained' : 'outlined'}
              startIcon={<LogoutIcon aria-hidden />}
              disabled={busy || kind === null}
              data-testid="stay-check-out"
              onClick={() => (kind === 'asPlanned' ? recordDeparture() : setConfirming(true))}
            >
              {t('stay.guest.recordDeparture')}
            </Button>
          </Stack>
          <Typography
            variant="body2"
            color={outRefusal ? 'error' : 'text.secondary'}
            data-testid="stay-check-out-hint"
          >
            {outRefusal
              ? refusalMessage(outRefusal, t)
              : kind
                ? t(`stay.guest.departure_${kind}`, { end: long(stay.end) })
                : t('stay.guest.departureHint')}
          </Typography>
        </Stack>
      </Part>

      <Part title={t('stay.guest.planTitle')}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <DateField
              size="small"
              label={t('stay.guest.plannedEnd')}
              value={plannedEndText}
              onChange={setPlannedEnd}
              min={firstPossibleEnd}
              testId="stay-planned-end"
            />
            <Button
              variant="outlined"
              startIcon={<EventIcon aria-hidden />}
              disabled={
                busy ||
                plannedEnd === '' ||
                plannedEnd === stay.end ||
                planRefusal !== null ||
                planTooSoon
              }
              data-testid="stay-change-end"
              onClick={() => onChangeEnd(plannedEnd)}
            >
              {t('stay.guest.changePlannedEnd')}
            </Button>
          </Stack>
          <Typography
            variant="body2"
            color={planRefusal || planTooSoon ? 'error' : 'text.secondary'}
            data-testid="stay-planned-end-hint"
          >
            {planRefusal
              ? refusalMessage(planRefusal, t)
              : planTooSoon
                ? t('stay.guest.planOnArrivalDay')
                : plannedEnd !== '' && plannedEnd > stay.end
                  ? t('stay.guest.planLater')
                  : t('stay.guest.planEarlier')}
          </Typography>
        </Stack>
      </Part>

      {undoRefusal === null && (
        <Part title={t('stay.guest.undoTitle')}>
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Button
              variant="text"
              color="warning"
              startIcon={<UndoIcon aria-hidden />}
              disabled={busy}
              data-testid="stay-undo-check-in"
              onClick={() =>
                act({
                  run: () => call('stays.undoCheckIn', { id: stay.id }),
                  onDone: (saved) =>
                    notify({ severity: 'success', message: checkInUndoneMessage(t, name, saved) }),
                })
              }
            >
              {t('stay.guest.undoCheckIn')}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t('stay.guest.undoHint')}
            </Typography>
          </Stack>
        </Part>
      )}
      {confirming && kind !== null && kind !== 'asPlanned' && (
        <DepartureConfirmDialog
          stay={stay}
          name={name}
          date={departure}
          kind={kind}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            recordDeparture();
          }}
        />
      )}
    </Stack>
  );
}
