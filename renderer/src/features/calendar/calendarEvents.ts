/**
 * Turns beds, stays and blocks into what FullCalendar draws: rows (resources) and bars
 * (events). Kept free of React so the mapping is tested on its own.
 */
import type { EventInput } from '@fullcalendar/core';
import type { Bed, BedBlock, Stay } from '../../../../shared/domain/schemas';
import { addDays } from '../../../../shared/domain/dates';
import { occupiesNights } from '../../../../shared/rules/occupancy';
import { changeableDates } from '../../../../shared/domain/stay-lifecycle';

export interface BedResource {
  id: string;
  title: string;
  room: string;
  order: number;
  extendedProps: { bed: Bed };
}

export interface StayEventProps {
  type: 'stay';
  stay: Stay;
  /** The guest's name, written on the bar. */
  name: string;
  /** Name, kind, status, bed and dates in words, for screen readers. */
  label: string;
}

export interface BlockEventProps {
  type: 'block';
  block: BedBlock;
  /** 休止 and the reason, written in the hatched area. */
  label: string;
}

/** Active beds as calendar rows, grouped by room (beds without a room share one group). */
export function bedResources(beds: readonly Bed[], noRoomLabel: string): BedResource[] {
  return beds
    .filter((bed) => bed.active)
    .map((bed) => ({
      id: bed.id,
      title: bed.name,
      room: bed.room && bed.room !== '' ? bed.room : noRoomLabel,
      order: bed.order,
      extendedProps: { bed },
    }));
}

/**
 * Stays that can still change dates or bed by dragging: the dates the rule allows
 * (changeableDates: a guest in the facility keeps their arrival), and the bed while the stay
 * has not ended.
 */
function editability(
  stay: Stay,
): Pick<EventInput, 'startEditable' | 'durationEditable' | 'resourceEditable'> {
  const can = changeableDates(stay);
  return { startEditable: can.start, durationEditable: can.end, resourceEditable: can.end };
}

/**
 * One bar per stay that holds nights: `[start, end)` is exactly FullCalendar's all-day range,
 * so the bar covers the nights and the departure date stays free for the next arrival.
 * Cancelled and bumped stays hold nothing and are not drawn. A same-day departure (a guest
 * sent home on the day they came, `end == start`) holds no night but was a day of use: it is
 * drawn faintly on its day (`tomari-same-day`), and the bed still counts as free that night.
 * Kind and status are class names of the bar (its colours, icon and outline come from the
 * calendar's style sheet).
 */
export function stayEvents(
  stays: readonly Stay[],
  words: (stay: Stay) => { name: string; label: string },
): EventInput[] {
  return stays.filter(occupiesNights).map((stay) => ({
    id: stay.id,
    resourceId: stay.bedId,
    start: stay.start,
    end: stay.end > stay.start ? stay.end : addDays(stay.start, 1),
    allDay: true,
    classNames: [
      'tomari-stay',
      `tomari-stay-${stay.kind}`,
      `tomari-status-${stay.status}`,
      ...(stay.end > stay.start ? [] : ['tomari-same-day']),
    ],
    extendedProps: { type: 'stay', stay, ...words(stay) } satisfies StayEventProps,
    ...editability(stay),
  }));
}

/** Closed bed periods, drawn behind the bars with their reason (`label`, translated). */
export function blockEvents(
  blocks: readonly BedBlock[],
  label: (reason: string) => string,
): EventInput[] {
  return blocks.map((block) => ({
    id: `block-${block.id}`,
    resourceId: block.bedId,
    start: block.start,
    end: block.end,
    allDay: true,
    display: 'background',
    title: block.reason,
    classNames: ['tomari-block'],
    extendedProps: { type: 'block', block, label: label(block.reason) } satisfies BlockEventProps,
  }));
}

/** The domain date of a FullCalendar date: the calendar runs in UTC, so UTC is the day. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
