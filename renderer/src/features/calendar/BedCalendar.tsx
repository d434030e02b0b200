import type {
  AllowFunc,
  DateSelectArg,
  DatesSetArg,
  EventContentArg,
  EventDropArg,
  SlotLabelContentArg,
} from '@fullcalendar/core';
import jaLocale from '@fullcalendar/core/locales/ja';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { useTheme } from '@mui/material/styles';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import type { ColCellContentArg, ResourceLabelContentArg } from '@fullcalendar/resource';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bedIsFree, type NightCapacity } from '../../../../shared/domain/capacity';
import type { Bed, BedBlock, Stay } from '../../../../shared/domain/schemas';
import { datePartsOf, weekdayKeyOf } from '../../lib/calendar';
import { dayKindOf } from '../week/dayKind';
import { bedLabelNode } from './bedLabelNode';
import { blockLabelNode } from './blockLabelNode';
import {
  bedResources,
  blockEvents,
  isoDateOf,
  stayEvents,
  type BlockEventProps,
  type StayEventProps,
} from './calendarEvents';
import { CalendarFrame } from './CalendarFrame';
import { nightHeaderNode } from './nightHeaderNode';
import { personNameOf } from './personName';
import { StayBarTooltip } from './StayBarTooltip';
import { stayBarNode, stayBarTexts } from './stayBarNode';
import { useStayBarEvents } from './useStayBarEvents';
import type { PersonNames } from './usePersonNames';

/** Dates and bed of a stay as dragged or selected on the calendar. */
export interface CalendarSpan {
  bedId: string;
  start: string;
  end: string;
}

export interface StayChangeRequest {
  stay: Stay;
  changes: Partial<CalendarSpan>;
  /** Puts the bar back where it was: called when the change is refused or abandoned. */
  revert: () => void;
}

interface BedCalendarProps {
  beds: readonly Bed[];
  stays: readonly Stay[];
  blocks: readonly BedBlock[];
  persons: PersonNames;
  capacity: ReadonlyMap<string, NightCapacity>;
  today: string;
  onRangeChange: (from: string, to: string) => void;
  onSelectSpan: (span: CalendarSpan) => void;
  onOpenStay: (stayId: string) => void;
  onChangeStay: (request: StayChangeRequest) => void;
}

const TWO_WEEKS = 'resourceTimelineTwoWeeks';
const PLUGINS = [resourceTimelinePlugin, interactionPlugin];
const LOCALES = [jaLocale];
const HEADER_TOOLBAR = {
  left: 'prev,today,next',
  center: 'title',
  right: `resourceTimelineMonth,${TWO_WEEKS},resourceTimelineWeek`,
};
const SLOT_DURATION = { days: 1 };
const SLOT_LABEL_FORMAT = { day: 'numeric' } as const;
const spanOf = (start: Date, end: Date) => ({ start: isoDateOf(start), end: isoDateOf(end) });
const groupLabelContent = (arg: ColCellContentArg) => String(arg.groupValue);

/**
 * ベッド予約台帳: beds as rows (grouped by room), nights as columns. Selecting free nights on a
 * row books them; dragging a bar moves it (another day or bed), dragging its end resizes it.
 * Dragging only previews occupancy; every change is checked by the server before it is kept.
 */
export const BedCalendar = memo(function BedCalendar(props: BedCalendarProps) {
  const { beds, stays, blocks, persons, capacity, today } = props;
  const { onRangeChange, onSelectSpan, onOpenStay, onChangeStay } = props;
  const { t, i18n } = useTranslation();
  const theme = useTheme();

  const resources = useMemo(() => bedResources(beds, t('calendar.noRoom')), [beds, t]);
  const events = useMemo(() => [...blockEvents(blocks), ...stayEvents(stays)], [blocks, stays]);
  const staysById = useMemo(() => new Map(stays.map((s) => [s.id, s])), [stays]);

  // Everything FullCalendar draws inside (bars, headings, rows) is its own virtual DOM, not React:
  // a React element there would become a portal, with its own listeners and render passes.
  // FullCalendar re-draws what an option touches whenever the option's value changes: every
  // option below keeps its identity across renders unless what it shows changed. Handlers read
  // the latest props through a ref, so they never need to change.
  const latest = useRef({ staysById, onSelectSpan, onChangeStay });
  useLayoutEffect(() => {
    latest.current = { staysById, onSelectSpan, onChangeStay };
  });

  const views = useMemo(
    () => ({
      resourceTimelineMonth: { buttonText: t('calendar.views.month') },
      [TWO_WEEKS]: {
        type: 'resourceTimeline',
        duration: { weeks: 2 },
        buttonText: t('calendar.views.twoWeeks'),
      },
      resourceTimelineWeek: { buttonText: t('calendar.views.week') },
    }),
    [t],
  );

  const selectAllow: AllowFunc = useCallback(
    (span) =>
      span.resource !== undefined &&
      bedIsFree(span.resource.id, spanOf(span.start, span.end), stays, blocks),
    [stays, blocks],
  );
  const eventAllow: AllowFunc = useCallback(
    (span, moving) => {
      const bedId = span.resource?.id ?? moving?.getResources()[0]?.id;
      if (bedId === undefined) return false;
      return bedIsFree(bedId, spanOf(span.start, span.end), stays, blocks, moving?.id);
    },
    [stays, blocks],
  );

  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const from = isoDateOf(arg.start);
      // FullCalendar's end is exclusive; the app's ranges are inclusive.
      const to = isoDateOf(new Date(arg.end.getTime() - 86_400_000));
      onRangeChange(from, to);
    },
    [onRangeChange],
  );

  const onSelect = useCallback((arg: DateSelectArg) => {
    arg.view.calendar.unselect();
    if (!arg.resource) return;
    // A selection of nights [start, end) is the stay: its exclusive end is the departure date.
    latest.current.onSelectSpan({ bedId: arg.resource.id, ...spanOf(arg.start, arg.end) });
  }, []);

  const requestChange = useCallback((arg: EventDropArg | EventResizeDoneArg, bedId?: string) => {
    const { staysById, onChangeStay } = latest.current;
    const stay = staysById.get(arg.event.id);
    if (!stay || !arg.event.start || !arg.event.end) return arg.revert();
    const span = spanOf(arg.event.start, arg.event.end);
    const changes: Partial<CalendarSpan> = {};
    if (span.start !== stay.start) changes.start = span.start;
    if (span.end !== stay.end) changes.end = span.end;
    if (bedId !== undefined && bedId !== stay.bedId) changes.bedId = bedId;
    if (Object.keys(changes).length === 0) return;
    onChangeStay({ stay, changes, revert: arg.revert });
  }, []);
  const onEventDrop = useCallback(
    (arg: EventDropArg) => requestChange(arg, arg.newResource?.id),
    [requestChange],
  );
  const onEventResize = useCallback(
    (arg: EventResizeDoneArg) => requestChange(arg),
    [requestChange],
  );

  const resourceLabelContent = useCallback(
    (arg: ResourceLabelContentArg) =>
      bedLabelNode((arg.resource.extendedProps as { bed: Bed }).bed, {
        emergencyReserved: t('calendar.emergencyReserved'),
        emergencyOnly: t('calendar.emergencyOnly'),
      }),
    [t],
  );
  const barTexts = useMemo(() => stayBarTexts(t), [t]);
  const eventContent = useCallback(
    (arg: EventContentArg) => {
      const props = arg.event.extendedProps as StayEventProps | BlockEventProps;
      if (props.type === 'block') {
        const { block } = props;
        return blockLabelNode(block, t('calendar.blockedReason', { reason: block.reason }));
      }
      const { stay } = props;
      const name = personNameOf(persons.byId.get(stay.personId), persons.isPending, t);
      return stayBarNode(stay, barTexts(stay, name));
    },
    [persons, t, barTexts],
  );

  const slotLabelContent = useCallback(
    (arg: SlotLabelContentArg) => {
      const date = isoDateOf(arg.date);
      const kind = dayKindOf(date);
      const nightCapacity = capacity.get(date);
      const holiday = kind === 'holiday' ? t('calendar.holiday') : '';
      return nightHeaderNode(date, kind, nightCapacity, {
        day: String(datePartsOf(date).day),
        weekday: `(${t(`weekday.${weekdayKeyOf(date)}`)})${holiday}`,
        today: date === today ? t('calendar.today') : null,
        free: nightCapacity ? t('calendar.freeShort', { n: nightCapacity.freeBeds }) : null,
        noEmergencyShort: t('calendar.noEmergencyShort'),
        noEmergencyLong: t('calendar.noEmergencyBedLong'),
      });
    },
    [capacity, today, t],
  );
  const { ref: barsRef, tip, closeTip } = useStayBarEvents(onOpenStay);
  const tipStay = tip ? staysById.get(tip.stayId) : undefined;

  const dayClassNames = useCallback(
    (arg: { date?: Date }) => {
      if (!arg.date) return [];
      const date = isoDateOf(arg.date);
      const kind = dayKindOf(date);
      return [
        kind === 'saturday' ? 'tomari-saturday' : '',
        kind === 'sunday' || kind === 'holiday' ? 'tomari-sunday' : '',
        date === today ? 'tomari-today' : '',
      ].filter(Boolean);
    },
    [today],
  );

  return (
    <CalendarFrame>
      <div ref={barsRef}>
        <FullCalendar
          plugins={PLUGINS}
          schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
          locales={LOCALES}
          locale={i18n.language === 'ja' ? 'ja' : 'en'}
          // Dates are plain calendar dates: in UTC no zone or daylight saving can shift a day,
          // and "today" comes from Japan time, whatever the computer's zone.
          timeZone="UTC"
          now={today}
          initialView="resourceTimelineMonth"
          views={views}
          slotDuration={SLOT_DURATION}
          slotLabelFormat={SLOT_LABEL_FORMAT}
          slotMinWidth={theme.tomari.calendar.slotMinWidth}
          headerToolbar={HEADER_TOOLBAR}
          height="auto"
          resourceAreaWidth={theme.tomari.calendar.resourceAreaWidth}
          resourceAreaHeaderContent={t('calendar.resourceHeader')}
          resourceGroupField="room"
          resourceOrder="order"
          resources={resources}
          resourceGroupLabelContent={groupLabelContent}
          resourceLabelContent={resourceLabelContent}
          events={events}
          eventContent={eventContent}
          slotLabelContent={slotLabelContent}
          slotLabelClassNames={dayClassNames}
          slotLaneClassNames={dayClassNames}
          datesSet={onDatesSet}
          selectable
          selectMirror
          selectAllow={selectAllow}
          select={onSelect}
          editable
          eventAllow={eventAllow}
          eventDrop={onEventDrop}
          eventResize={onEventResize}
          eventResourceEditable
        />
      </div>
      {tip && tipStay && (
        <StayBarTooltip
          id={tip.id}
          anchor={tip.anchor}
          stay={tipStay}
          name={personNameOf(persons.byId.get(tipStay.personId), persons.isPending, t)}
          onClose={closeTip}
        />
      )}
    </CalendarFrame>
  );
});
