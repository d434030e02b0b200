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
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bedIsFree, type NightCapacity } from '../../../../shared/domain/capacity';
import type { Bed, BedBlock, Stay } from '../../../../shared/domain/schemas';
import { dayKindOf } from '../week/dayKind';
import { BedLabel } from './BedLabel';
import { BlockLabel } from './BlockLabel';
import {
  bedResources,
  blockEvents,
  isoDateOf,
  stayEvents,
  type BlockEventProps,
  type StayEventProps,
} from './calendarEvents';
import { CalendarFrame } from './CalendarFrame';
import { NightHeader } from './NightHeader';
import { personNameOf } from './personName';
import { StayBar } from './StayBar';
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

/**
 * ベッド予約台帳: beds as rows (grouped by room), nights as columns. Selecting free nights on a
 * row books them; dragging a bar moves it (another day or bed), dragging its end resizes it.
 * Dragging only previews occupancy; every change is checked by the server before it is kept.
 */
export function BedCalendar(props: BedCalendarProps) {
  const { beds, stays, blocks, persons, capacity, today } = props;
  const { onRangeChange, onSelectSpan, onOpenStay, onChangeStay } = props;
  const { t, i18n } = useTranslation();
  const theme = useTheme();

  const resources = useMemo(() => bedResources(beds, t('calendar.noRoom')), [beds, t]);
  const events = useMemo(() => [...blockEvents(blocks), ...stayEvents(stays)], [blocks, stays]);
  const staysById = useMemo(() => new Map(stays.map((s) => [s.id, s])), [stays]);

  const spanOf = (start: Date, end: Date) => ({ start: isoDateOf(start), end: isoDateOf(end) });

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

  const onSelect = (arg: DateSelectArg) => {
    arg.view.calendar.unselect();
    if (!arg.resource) return;
    // A selection of nights [start, end) is the stay: its exclusive end is the departure date.
    onSelectSpan({ bedId: arg.resource.id, ...spanOf(arg.start, arg.end) });
  };

  const requestChange = (arg: EventDropArg | EventResizeDoneArg, bedId?: string) => {
    const stay = staysById.get(arg.event.id);
    if (!stay || !arg.event.start || !arg.event.end) return arg.revert();
    const span = spanOf(arg.event.start, arg.event.end);
    const changes: Partial<CalendarSpan> = {};
    if (span.start !== stay.start) changes.start = span.start;
    if (span.end !== stay.end) changes.end = span.end;
    if (bedId !== undefined && bedId !== stay.bedId) changes.bedId = bedId;
    if (Object.keys(changes).length === 0) return;
    onChangeStay({ stay, changes, revert: arg.revert });
  };

  const eventContent = useCallback(
    (arg: EventContentArg) => {
      const props = arg.event.extendedProps as StayEventProps | BlockEventProps;
      if (props.type === 'block') return <BlockLabel block={props.block} />;
      const { stay } = props;
      const name = personNameOf(persons.byId.get(stay.personId), persons.isPending, t);
      return <StayBar stay={stay} name={name} onOpen={onOpenStay} />;
    },
    [persons, t, onOpenStay],
  );

  const slotLabelContent = useCallback(
    (arg: SlotLabelContentArg) => {
      const date = isoDateOf(arg.date);
      return <NightHeader date={date} isToday={date === today} capacity={capacity.get(date)} />;
    },
    [capacity, today],
  );

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
      <FullCalendar
        plugins={[resourceTimelinePlugin, interactionPlugin]}
        schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
        locales={[jaLocale]}
        locale={i18n.language === 'ja' ? 'ja' : 'en'}
        // Dates are plain calendar dates: in UTC no zone or daylight saving can shift a day,
        // and "today" comes from Japan time, whatever the computer's zone.
        timeZone="UTC"
        now={today}
        initialView="resourceTimelineMonth"
        views={{
          resourceTimelineMonth: { buttonText: t('calendar.views.month') },
          [TWO_WEEKS]: {
            type: 'resourceTimeline',
            duration: { weeks: 2 },
            buttonText: t('calendar.views.twoWeeks'),
          },
          resourceTimelineWeek: { buttonText: t('calendar.views.week') },
        }}
        slotDuration={{ days: 1 }}
        slotLabelFormat={{ day: 'numeric' }}
        slotMinWidth={theme.tomari.calendar.slotMinWidth}
        headerToolbar={{
          left: 'prev,today,next',
          center: 'title',
          right: `resourceTimelineMonth,${TWO_WEEKS},resourceTimelineWeek`,
        }}
        height="auto"
        resourceAreaWidth={theme.tomari.calendar.resourceAreaWidth}
        resourceAreaHeaderContent={t('calendar.resourceHeader')}
        resourceGroupField="room"
        resourceOrder="order"
        resources={resources}
        resourceGroupLabelContent={(arg: ColCellContentArg) => String(arg.groupValue)}
        resourceLabelContent={(arg: ResourceLabelContentArg) => (
          <BedLabel bed={(arg.resource.extendedProps as { bed: Bed }).bed} />
        )}
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
        eventDrop={(arg) => requestChange(arg, arg.newResource?.id)}
        eventResize={(arg) => requestChange(arg)}
        eventResourceEditable
      />
    </CalendarFrame>
  );
}
