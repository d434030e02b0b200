import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { lazyComponent, preloadWhenIdle } from '../../common/lazyComponent';
import { LoadingState } from '../../common/LoadingState';
import { PageHeader } from '../../common/PageHeader';
import { todayInJapan } from '../../lib/calendar';
import { readinessTarget } from '../../../../shared/domain/night-readiness';
import { useBeds } from '../beds/useBeds';
import { useSettings } from '../settings/useSettings';
import type { BookingStart } from '../booking/BookingDialog';
import { staysInRangeQuery } from '../stays/useStaysInRange';
import { BedCalendar, StayBarTooltip } from './BedCalendar';
import { ChangeNoticeBar } from './ChangeNoticeBar';
import { EmergencyCapacityAlert } from './EmergencyCapacityAlert';
import { prefetchNeighbours } from './prefetchCalendar';
import { bedBlocksQuery } from './useBedBlocks';
import { useCalendarTexts } from './useCalendarTexts';
import { useCalendarWindows } from './useCalendarWindows';
import { usePersonNames } from './usePersonNames';
import { useStayChange } from './useStayChange';
import { useUndoShortcut } from './useUndoShortcut';
import { monthRangeOf } from './calendarRanges';
import { useVisibleRange } from './useVisibleRange';

// What opens from the calendar loads with its first use (and ahead of it when the app is idle):
// the calendar itself appears sooner.
const BookingDialog = lazyComponent(() =>
  import('../booking/BookingDialog').then((m) => m.BookingDialog),
);
const StayPanel = lazyComponent(() => import('../stay/StayPanel').then((m) => m.StayPanel));
const OverrideDialog = lazyComponent(() =>
  import('./OverrideDialog').then((m) => m.OverrideDialog),
);

/** ベッド予約台帳: the front desk's screen for booking, moving and opening stays. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [today] = useState(() => todayInJapan());
  const range = useVisibleRange(today);
  const beds = useBeds();
  const persons = usePersonNames();
  const texts = useCalendarTexts();
  const settings = useSettings();
  const target = settings.data && beds.data ? readinessTarget(settings.data, beds.data) : undefined;
  const windows = useCalendarWindows(beds.data, persons.data, texts, target);
  // Subscribed to, so that a change of the bookings on screen redraws them; the calendar itself
  // reads the same cache entries (useCalendarWindows).
  const stays = useQuery(staysInRangeQuery(range.from, range.to));
  const blocks = useQuery(bedBlocksQuery(range.from, range.to));
  const shown = stays.data && blocks.data ? windows?.get(range.from, range.to) : undefined;
  const change = useStayChange();
  useUndoShortcut(change.undo);
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const [openStayId, setOpenStayId] = useState<string | null>(null);

  // Once the range on screen has arrived (and again after it changed), fetch the ones 前/次
  // would show, so paging is quick and never shows bookings from before a change.
  const queryClient = useQueryClient();
  const shownAt = stays.dataUpdatedAt;
  useEffect(() => {
    if (shownAt > 0) prefetchNeighbours(queryClient, { from: range.from, to: range.to });
  }, [queryClient, shownAt, range.from, range.to]);

  useEffect(() => preloadWhenIdle(BookingDialog, StayPanel, OverrideDialog, StayBarTooltip), []);

  const activeBeds = (beds.data ?? []).filter((b) => b.active);
  const opening = monthRangeOf(today);
  const firstRange = range.from === opening.from && range.to === opening.to;

  const body = () => {
    if (beds.isError) return <ErrorState error={beds.error} onRetry={() => void beds.refetch()} />;
    if (settings.isError) {
      return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
    }
    if (persons.isError) {
      return <ErrorState error={persons.error} onRetry={() => void persons.refetch()} />;
    }
    const rangeError = stays.error ?? blocks.error;
    const retryRange = () => {
      if (stays.isError) void stays.refetch();
      if (blocks.isError) void blocks.refetch();
    };
    // The first month is drawn once with everything it needs (prefetched at start and on the
    // tab), not empty first and again with its bars: a month of a large facility is costly to
    // draw. Later ranges load inside the calendar, which stays as it is meanwhile.
    if (!windows || (firstRange && !shown)) {
      return rangeError ? <ErrorState error={rangeError} onRetry={retryRange} /> : <LoadingState />;
    }
    return (
      <>
        {rangeError && <ErrorState error={rangeError} onRetry={retryRange} />}
        <BedCalendar
          beds={beds.data ?? []}
          windows={windows}
          shown={shown}
          texts={texts}
          today={today}
          onRangeChange={range.onRangeChange}
          onSelectSpan={setBooking}
          onOpenStay={setOpenStayId}
          onChangeStay={change.requestChange}
          onRefused={change.refused}
        />
      </>
    );
  };

  return (
    // Fills the screen area's height: the calendar takes what the header and alerts leave.
    <Stack spacing={2} sx={{ flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.hint')}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            disabled={activeBeds.length === 0}
            data-testid="calendar-new-booking"
            // No bed named: the dialog starts on the first bed that can take tonight.
            onClick={() => setBooking({ start: today, end: addDays(today, 1) })}
          >
            {t('calendar.newBooking')}
          </Button>
        }
      />
      <EmergencyCapacityAlert nights={shown?.nights ?? []} />
      {body()}
      {booking && beds.data && (
        <BookingDialog
          initial={booking}
          beds={beds.data}
          onClose={() => setBooking(null)}
          onBooked={(stay) => {
            setBooking(null);
            change.notify({
              severity: 'success',
              message: t('calendar.booked'),
              details: (stay.warnings ?? []).map((code) =>
                t(`booking.rules.${code}`, { defaultValue: code }),
              ),
            });
          }}
        />
      )}
      {openStayId && beds.data && (
        <StayPanel
          stayId={openStayId}
          beds={beds.data}
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
    </Stack>
  );
}
