import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isClosed } from '../../../../shared/domain/status';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { NoticeSnackbar, type Notice } from '../../common/NoticeSnackbar';
import { UnsavedScope, useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { personNameOf } from '../calendar/personName';
import { usePersonsById } from '../persons/usePersonsById';
import { StayBedField } from './StayBedField';
import { StayDatesEditor } from './StayDatesEditor';
import { StayFacts } from './StayFacts';
import { StayHistory } from './StayHistory';
import { StayNoteEditor } from './StayNoteEditor';
import { BookingActions } from './BookingActions';
import { GuestActions } from './GuestActions';
import { useStay } from './useStay';
import { useStayAction } from './useStayAction';

// The day facts (toggles, the add-on, the intake form) load with the panel, not with the calendar.
const StayDaysSection = lazy(() =>
  import('../days/StayDaysSection').then((m) => ({ default: m.StayDaysSection })),
);

interface StayPanelProps {
  stayId: string;
  beds: readonly Bed[];
  today: string;
  onClose: () => void;
  /**
   * Moves the stay (other dates, another bed, a new planned departure): the caller checks the
   * change against the rules, asks the override reasons not given yet, saves, and says how it
   * went, as for a drag (with its undo).
   */
  onChangeStay: (
    stay: Stay,
    changes: { bedId?: string; start?: string; end?: string },
    overrides?: { rule: string; reason: string }[],
  ) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 'bold', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** 予約の詳細: everything about one stay, what can be done with it, and its history. */
export function StayPanel({ stayId, beds, today, onClose, onChangeStay }: StayPanelProps) {
  const { t } = useTranslation();
  const stay = useStay(stayId);
  const persons = usePersonsById(stay.data ? [stay.data.personId] : []);
  const action = useStayAction();
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = (fn: () => Promise<Stay>) =>
    action.mutate({
      run: fn,
      onDone: () => setNotice({ severity: 'success', message: t('stay.done.noteSaved') }),
    });
  const actionError = action.error ? describeApiError(action.error, t) : null;
  // Escape, a click beside the panel or its close button ask first while a note is unsaved.
  const guard = useCloseGuard(onClose);
  // A step done (check-in, a new date…) draws the panel's fields again from the saved stay, and
  // the button that had focus is gone: focus would fall out of the panel, where Escape and Tab
  // no longer reach it. It goes to the panel's title instead, and the notice says what was done.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const version = stay.data ? (stay.data.updatedAt ?? stay.data.createdAt) : undefined;
  useEffect(() => {
    const title = titleRef.current;
    const panel = title?.closest('[role="dialog"]');
    if (title && panel && !panel.contains(document.activeElement)) title.focus();
  }, [version]);

  const body = () => {
    if (stay.isPending) return <LoadingState />;
    if (stay.isError) return <ErrorState error={stay.error} onRetry={() => void stay.refetch()} />;
    const current = stay.data;
    const name = personNameOf(persons.byId.get(current.personId), persons.isPending, t);
    // What the booking's and the guest's steps both need.
    const actionProps = {
      stay: current,
      today,
      name,
      busy: action.isPending,
      act: action.mutate,
      notify: setNotice,
    };
    return (
      <Stack spacing={3}>
        {/* Keyed by the stay's last change, so the action fields start from the saved stay again. */}
        <Stack spacing={3} key={current.updatedAt ?? current.createdAt}>
          <Typography variant="h6" component="p" data-testid="stay-person">
            {name}
          </Typography>
          <StayFacts stay={current} bed={beds.find((b) => b.id === current.bedId)} />
          {actionError && (
            <Alert severity="error" role="alert" data-testid="stay-action-error">
              {actionError.message}
              {actionError.details.map((d) => (
                <div key={d}>{d}</div>
              ))}
            </Alert>
          )}
          {!isClosed(current.status) && (
            <Section title={t('stay.sections.actions')}>
              <Stack spacing={3}>
                {current.status === 'in_stay' ? (
                  <GuestActions
                    {...actionProps}
                    onChangeEnd={(end) => onChangeStay(current, { end })}
                  />
                ) : (
                  <>
                    <BookingActions {...actionProps} />
                    <StayDatesEditor
                      stay={current}
                      today={today}
                      busy={action.isPending}
                      onChangeDates={(dates, overrides) => onChangeStay(current, dates, overrides)}
                    />
                  </>
                )}
                <StayBedField
                  stay={current}
                  beds={beds}
                  busy={action.isPending}
                  onChangeBed={(bedId) => onChangeStay(current, { bedId })}
                />
              </Stack>
            </Section>
          )}
        </Stack>
        <Section title={t('days.title')}>
          <Suspense fallback={<LoadingState />}>
            <StayDaysSection stay={current} />
          </Suspense>
        </Section>
        {/* Not remounted by other changes to the stay, so a note being typed is kept. */}
        <Section title={t('stay.sections.note')}>
          <StayNoteEditor key={current.id} stay={current} busy={action.isPending} run={run} />
        </Section>
        <Divider />
        <Section title={t('stay.sections.history')}>
          <StayHistory stayId={current.id} />
        </Section>
      </Stack>
    );
  };

  return (
    <>
      <Drawer
        anchor="right"
        open
        onClose={guard.requestClose}
        slotProps={{
          paper: {
            sx: { width: { xs: '100%', sm: 480 }, p: 3 },
            role: 'dialog',
            'aria-labelledby': 'stay-panel-title',
            'data-testid': 'stay-panel',
          } as object,
        }}
      >
        <Stack
          direction="row"
          sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}
        >
          <Typography
            variant="h5"
            component="h2"
            id="stay-panel-title"
            ref={titleRef}
            tabIndex={-1}
          >
            {t('stay.title')}
          </Typography>
          <IconButton
            onClick={guard.requestClose}
            aria-label={t('stay.close')}
            data-testid="stay-panel-close"
          >
            <CloseIcon />
          </IconButton>
        </Stack>
        <UnsavedScope registry={guard.registry}>{body()}</UnsavedScope>
        {guard.confirmation}
      </Drawer>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="stay-notice" />
    </>
  );
}
