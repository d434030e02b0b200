import type {
  AllowFunc,
  CalendarApi,
  CalendarOptions,
  DateSelectArg,
  DatesSetArg,
  EventContentArg,
  EventDropArg,
  EventSourceFuncArg,
  SlotLabelContentArg,
  ViewApi,
} from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import type FullCalendar from '@fullcalendar/react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { lazyComponent } from '../../common/lazyComponent';
import type { Bed, Stay, Violation } from '../../../../shared/domain/schemas';
import { bedNightViolations } from '../../../../shared/rules/bed-nights';
import { dayKindOf } from '../week/dayKind';
import { bedLabelNode } from './bedLabelNode';
import { blockLabelNode } from './blockLabelNode';
import {
  bedResources,
  isoDateOf,
  type BedResource,
  type BlockEventProps,
  type StayEventProps,
} from './calendarEvents';
import { CalendarFrame } from './CalendarFrame';
import {
  CALENDAR_OPTIONS,
  CALENDAR_SIZES,
  CALENDAR_VIEWS,
  TWO_WEEKS_VIEW,
} from './calendarOptions';
import type { CalendarTexts } from './calendarTexts';
import type { CalendarWindow } from './calendarWindow';
import { FullCalendarOnce } from './FullCalendarOnce';
import { useCalendarAccessibility } from './useCalendarAccessibility';
import { nightHeadings } from './nightHeadings';
import { stayBarNode } from './stayBarNode';
import type { CalendarWindows } from './useCalendarWindows';
import { useDragRefusals, type DragRefusal } from './useDragRefusals';
import { useStayBarEvents } from './useStayBarEvents';

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
  /** Reasons already written for rules the change breaks (the stay panel asks them as it goes). */
  overrides?: { rule: string; reason: string }[];
}

interface BedCalendarProps {
  beds: readonly Bed[];
  /** Every range's data, read from the query cache. */
  windows: CalendarWindows;
  /** The window of the range on screen as React last saw it: a change repaints the calendar. */
  shown: CalendarWindow | undefined;
  texts: CalendarTexts;
  today: string;
  onRangeChange: (from: string, to: string) => void;
  onSelectSpan: (span: CalendarSpan) => void;
  onOpenStay: (stayId: string) => void;
  onChangeStay: (request: StayChangeRequest) => void;
  /** A drag the calendar refused (an occupied or closed night), with the rules' reasons. */
  onRefused: (refusal: DragRefusal) => void;
}

/** The tooltip of the bar pointed at: loaded with the first one (or ahead, when idle). */
export const StayBarTooltip = lazyComponent(() =>
  import('./StayBarTooltip').then((m) => m.StayBarTooltip),
);

const DAY_MS = 86_400_000;
const spanOf = (start: Date, end: Date) => ({ start: isoDateOf(start), end: isoDateOf(end) });
/** The inclusive dates FullCalendar shows: its end is exclusive, the app's ranges are not. */
const rangeOf = (start: Date, end: Date) => ({
  from: isoDateOf(start),
  to: isoDateOf(new Date(end.getTime() - DAY_MS)),
});

/**
 * ベッド予約台帳: beds as rows (grouped by room), nights as columns. Selecting free nights on a
 * row books them; dragging a bar moves it (another day or bed), dragging its end resizes it.
 * Dragging only previews occupancy; every change is checked by the server before it is kept.
 *
 * FullCalendar draws a month once and only once when it changes month: every option it gets is
 * made once (per beds, language and day) and never changes with the dates. The bars come from
 * an event source that reads the query cache (calendarWindows), the headings are elements
 * painted from the same cache (nightHeadings), and the handlers read the newest props through a
 * ref. When the bookings of the range on screen change, the bars are fetched again and the
 * headings repainted: FullCalendar's options stay as they are.
 */
export const BedCalendar = memo(function BedCalendar(props: BedCalendarProps) {
  const { beds, windows, shown, texts, today } = props;
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  /** The window whose bars FullCalendar was last handed. */
  const drawn = useRef<CalendarWindow | undefined>(undefined);
  const calendar = useRef<FullCalendar>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { tip, closeTip } = useStayBarEvents(rootRef, props.onOpenStay);
  const refusals = useDragRefusals(rootRef, props.onRefused);
  useCalendarAccessibility(rootRef);

  const resources = useMemo(() => bedResources(beds, texts.noRoom), [beds, texts]);
  const headings = useMemo(() => nightHeadings(texts, today), [texts, today]);

  const options = useMemo((): CalendarOptions => {
    const windowOf = (view: ViewApi) => {
      const { from, to } = rangeOf(view.activeStart, view.activeEnd);
      return windows.get(from, to);
    };
    const api = (): CalendarApi | undefined => calendar.current?.getApi();
    /** The bed rules about a span, from the bookings on screen (none known: no objection). */
    const bedViolations = (bedId: string, span: CalendarSpan, stayId?: string) => {
      const view = api()?.view;
      const window = view ? windowOf(view) : undefined;
      return window
        ? bedNightViolations(bedId, span, window.stays, window.blocks, stayId)
        : ([] as Violation[]);
    };
    const dayClasses = new Map<string, string[]>();
    const dayClassNames = (arg: { date?: Date }) => {
      if (!arg.date) return [];
      const date = isoDateOf(arg.date);
      let classes = dayClasses.get(date);
      if (!classes) {
        const kind = dayKindOf(date);
        classes = [
          kind === 'saturday' ? 'tomari-saturday' : '',
          kind === 'sunday' || kind === 'holiday' ? 'tomari-sunday' : '',
          date === today ? 'tomari-today' : '',
        ].filter(Boolean);
        dayClasses.set(date, classes);
      }
      return classes;
    };
    const requestChange = (arg: EventDropArg | EventResizeDoneArg, bedId?: string) => {
      const window = windowOf(arg.view);
      const stay = window?.staysById.get(arg.event.id);
      if (!stay || !arg.event.start || !arg.event.end) return arg.revert();
      const span = spanOf(arg.event.start, arg.event.end);
      const changes: Partial<CalendarSpan> = {};
      if (span.start !== stay.start) changes.start = span.start;
      if (span.end !== stay.end) changes.end = span.end;
      if (bedId !== undefined && bedId !== stay.bedId) changes.bedId = bedId;
      if (Object.keys(changes).length === 0) return;
      latest.current.onChangeStay({ stay, changes, revert: arg.revert });
    };
    const selectAllow: AllowFunc = (span) => {
      if (span.resource === undefined) return false;
      const target = { bedId: span.resource.id, ...spanOf(span.start, span.end) };
      const found = bedViolations(target.bedId, target);
      return refusals.judge(found.length === 0 ? null : { action: 'book', violations: found });
    };
    const eventAllow: AllowFunc = (span, moving) => {
      const bedId = span.resource?.id ?? moving?.getResources()[0]?.id;
      if (bedId === undefined) return false;
      const target = { bedId, ...spanOf(span.start, span.end) };
      const found = bedViolations(bedId, target, moving?.id);
      return refusals.judge(found.length === 0 ? null : { action: 'move', violations: found });
    };
    return {
      ...CALENDAR_OPTIONS,
      locale: texts.language === 'ja' ? 'ja' : 'en',
      // The 前/次 buttons show only an icon: their names (calendarAccessibility hides the icons).
      buttonHints: texts.buttonHints,
      now: today,
      views: {
        resourceTimelineMonth: {
          ...CALENDAR_VIEWS.resourceTimelineMonth,
          buttonText: texts.views.month,
        },
        [TWO_WEEKS_VIEW]: { ...CALENDAR_VIEWS[TWO_WEEKS_VIEW], buttonText: texts.views.twoWeeks },
        resourceTimelineWeek: {
          ...CALENDAR_VIEWS.resourceTimelineWeek,
          buttonText: texts.views.week,
        },
      },
      // Fills the space it is given (CalendarFrame): the dates stay in view while the beds
      // scroll, and rows grow to fill a tall screen.
      height: '100%',
      expandRows: true,
      resourceAreaColumns: [
        {
          field: 'room',
          group: true,
          width: CALENDAR_SIZES.roomColumnWidth,
          headerContent: texts.roomHeader,
        },
        {
          field: 'title',
          width: CALENDAR_SIZES.bedColumnWidth,
          headerContent: texts.bedHeader,
          cellContent: (arg: { resource: { extendedProps: Record<string, unknown> } }) =>
            bedLabelNode((arg.resource.extendedProps as BedResource['extendedProps']).bed, texts),
        },
      ],
      resources,
      events: (info: EventSourceFuncArg, success, failure) => {
        const { from, to } = rangeOf(info.start, info.end);
        const hand = (window: CalendarWindow) => {
          drawn.current = window;
          success(window.events);
        };
        const ready = windows.get(from, to);
        if (ready) return hand(ready);
        windows.load(from, to).then((window) => {
          hand(window);
          headings.paint(window.nights);
        }, failure);
      },
      eventContent: (arg: EventContentArg) => {
        const event = arg.event.extendedProps as StayEventProps | BlockEventProps;
        return event.type === 'block' ? blockLabelNode(event) : stayBarNode(event);
      },
      slotLabelContent: (arg: SlotLabelContentArg) => {
        const date = isoDateOf(arg.date);
        return headings.content(date, windowOf(arg.view)?.capacity.get(date));
      },
      slotLabelClassNames: dayClassNames,
      slotLaneClassNames: dayClassNames,
      datesSet: (arg: DatesSetArg) => {
        const { from, to } = rangeOf(arg.start, arg.end);
        latest.current.onRangeChange(from, to);
      },
      selectAllow,
      select: (arg: DateSelectArg) => {
        arg.view.calendar.unselect();
        if (!arg.resource) return;
        // A selection of nights [start, end) is the stay: its exclusive end is the departure.
        latest.current.onSelectSpan({ bedId: arg.resource.id, ...spanOf(arg.start, arg.end) });
      },
      eventAllow,
      eventDrop: (arg: EventDropArg) => requestChange(arg, arg.newResource?.id),
      eventResize: (arg: EventResizeDoneArg) => requestChange(arg),
    };
  }, [windows, texts, today, resources, headings, refusals]);

  // The bookings on screen changed (a save, a fetch that finished): fetch the bars again from
  // the cache and repaint the headings. After a plain month change FullCalendar has already
  // drawn this very window, and nothing happens.
  useEffect(() => {
    if (!shown || shown === drawn.current) return;
    calendar.current?.getApi().refetchEvents();
    headings.paint(shown.nights);
  }, [shown, headings]);

  // FullCalendar measures itself on window resizes only; its frame also changes height when
  // something above it appears or goes (an alert), so it is told to measure then too.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let frame = 0;
    let height = root.offsetHeight;
    const observer = new ResizeObserver(() => {
      if (root.offsetHeight === height) return;
      height = root.offsetHeight;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => calendar.current?.getApi().updateSize());
    });
    observer.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  const tipStay = tip ? shown?.staysById.get(tip.stayId) : undefined;
  return (
    <CalendarFrame>
      <div ref={rootRef} className="tomari-calendar-root">
        <FullCalendarOnce options={options} ref={calendar} />
      </div>
      {tip && tipStay && (
        <StayBarTooltip
          id={tip.id}
          anchor={tip.anchor}
          stay={tipStay}
          name={shown?.names.get(tipStay.id) ?? ''}
          onClose={closeTip}
        />
      )}
    </CalendarFrame>
  );
});
