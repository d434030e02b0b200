import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nightlyCapacity } from '../../../../shared/domain/capacity';
import { addDays, nightDates } from '../../../../shared/domain/dates';
import { ErrorState } from '../../common/ErrorState';
import { PageHeader } from '../../common/PageHeader';
import { LoadingState } from '../../common/LoadingState';
import { todayInJapan } from '../../lib/calendar';
import { useBeds } from '../beds/useBeds';
import { BookingDialog, type BookingStart } from '../booking/BookingDialog';
import { StayPanel } from '../stay/StayPanel';
import { useStaysInRange } from '../stays/useStaysInRange';
import { BedCalendar } from './BedCalendar';
import { ChangeNoticeBar } from './ChangeNoticeBar';
import { EmergencyCapacityAlert } from './EmergencyCapacityAlert';
import { OverrideDialog } from './OverrideDialog';
import { useBedBlocks } from './useBedBlocks';
import { usePersonNames } from './usePersonNames';
import { useStayChange } from './useStayChange';
import { useVisibleRange } from './useVisibleRange';
import { prefetchNeighbours } from './prefetchCalendar';

/** ベッド予約台帳: the front desk's screen for booking, moving and opening stays. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [today] = useState(() => todayInJapan());
  const range = useVisibleRange(today);
  const beds = useBeds();
  const stays = useStaysInRange(range.from, range.to);
  const blocks = useBedBlocks(range.from, range.to);
  const persons = usePersonNames();
  const change = useStayChange();
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const [openStayId, setOpenStayId] = useState<string | null>(null);

  // Once the month on screen has arrived, fetch the ones 前/次 would show, so paging is quick.
  const queryClient = useQueryClient();
  const shownReady = stays.isSuccess;
  useEffect(() => {
    if (shownReady) prefetchNeighbours(queryClient, { from: range.from, to: range.to });
  }, [queryClient, shownReady, range.from, range.to]);

  const capacityList = useMemo(
    () =>
      nightlyCapacity(
        beds.data ?? [],
        stays.data ?? [],
        blocks.data ?? [],
        nightDates(range.from, addDays(range.to, 1)),
      ),
    [beds.data, stays.data, blocks.data, range.from, range.to],
  );
  const capacity = useMemo(() => new Map(capacityList.map((n) => [n.date, n])), [capacityList]);
  const activeBeds = (beds.data ?? []).filter((b) => b.active);

  const body = () => {
    if (beds.isError) return <ErrorState error={beds.error} onRetry={() => void beds.refetch()} />;
    if (stays.isError)
      return <ErrorState error={stays.error} onRetry={() => void stays.refetch()} />;
    if (blocks.isError) {
      return <ErrorState error={blocks.error} onRetry={() => void blocks.refetch()} />;
    }
    // Drawn once with everything the month needs (prefetched at start and on the tab), not
    // empty first and again with its bars: a month of a large facility is costly to draw.
    if (beds.isPending || stays.isPending || blocks.isPending || persons.isPending) {
      return <LoadingState />;
    }
    return (
      <BedCalendar
        beds={beds.data}
        stays={stays.data ?? []}
        blocks={blocks.data ?? []}
        persons={persons}
        capacity={capacity}
        today={today}
        onRangeChange={range.onRangeChange}
        onSelectSpan={setBooking}
        onOpenStay={setOpenStayId}
        onChangeStay={(request) => void change.requestChange(request)}
      />
    );
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.hint')}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            disabled={activeBeds.length === 0}
            data-testid="calendar-new-booking"
            onClick={() =>
              setBooking({ bedId: activeBeds[0]?.id ?? '', start: today, end: addDays(today, 1) })
            }
          >
            {t('calendar.newBooking')}
          </Button>
        }
      />
      <EmergencyCapacityAlert nights={capacityList} />
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
          onChangeStay={(stay, changes) =>
            void change.requestChange({ stay, changes, revert: () => undefined })
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
      <ChangeNoticeBar notice={change.notice} onClose={change.clearNotice} />
    </Stack>
  );
}
