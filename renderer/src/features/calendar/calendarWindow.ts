/**
 * One loaded range of the calendar (a month, two weeks or a week), with everything FullCalendar
 * draws for it worked out once: the bars with their words, the nights' capacity and headings.
 * A range is drawn from this, never recomputed per bar or per heading; a new one is made only
 * when the range's data changes. Kept free of React so it is tested on its own.
 */
import type { EventInput } from '@fullcalendar/core';
import { nightlyCapacity, type NightCapacity } from '../../../../shared/domain/capacity';
import { addDays, nightDates } from '../../../../shared/domain/dates';
import type { Bed, BedBlock, Stay } from '../../../../shared/domain/schemas';
import { blockEvents, stayEvents } from './calendarEvents';
import type { CalendarTexts } from './calendarTexts';

/** A guest's name as the calendar needs it (list items of the register). */
export interface PersonName {
  familyName: string;
  givenName: string;
}

export interface CalendarWindowInput {
  /** First and last date shown (inclusive). */
  from: string;
  to: string;
  beds: readonly Bed[];
  stays: readonly Stay[];
  blocks: readonly BedBlock[];
  names: ReadonlyMap<string, PersonName>;
  texts: CalendarTexts;
}

export interface CalendarWindow {
  from: string;
  to: string;
  stays: readonly Stay[];
  blocks: readonly BedBlock[];
  staysById: ReadonlyMap<string, Stay>;
  /** Guests' names by stay, in the UI language. */
  names: ReadonlyMap<string, string>;
  /** Bars and closed periods, ready for FullCalendar. */
  events: EventInput[];
  /** Every night of the range, in order. */
  nights: readonly NightCapacity[];
  capacity: ReadonlyMap<string, NightCapacity>;
}

/** The guest's name as the desk writes it, or a placeholder when the register lacks it. */
export function guestName(person: PersonName | undefined, texts: CalendarTexts): string {
  return person ? texts.personName(person.familyName, person.givenName) : texts.unknownPerson;
}

export function buildCalendarWindow(input: CalendarWindowInput): CalendarWindow {
  const { from, to, beds, stays, blocks, texts } = input;
  const names = new Map(stays.map((s) => [s.id, guestName(input.names.get(s.personId), texts)]));
  const bedNames = new Map(beds.map((b) => [b.id, b.name]));
  const nights = nightlyCapacity(beds, stays, blocks, nightDates(from, addDays(to, 1)));
  return {
    from,
    to,
    stays,
    blocks,
    staysById: new Map(stays.map((s) => [s.id, s])),
    names,
    events: [
      ...blockEvents(blocks, (reason) => texts.blocked(reason)),
      ...stayEvents(stays, (stay) => {
        const name = names.get(stay.id) ?? '';
        return { name, label: texts.stayLabel(stay, name, bedNames.get(stay.bedId) ?? '') };
      }),
    ],
    nights,
    capacity: new Map(nights.map((n) => [n.date, n])),
  };
}
