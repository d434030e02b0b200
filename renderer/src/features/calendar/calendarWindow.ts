/**
 * One loaded range of the calendar (a month, two weeks or a week), with everything FullCalendar
 * draws for it worked out once: the bars with their words, the nights' capacity and headings.
 * A range is drawn from this, never recomputed per bar or per heading; a new one is made only
 * when the range's data changes. Kept free of React so it is tested on its own.
 */
import type { EventInput } from '@fullcalendar/core';
import { nightlyCapacity, type NightCapacity } from '../../../../shared/domain/capacity';
import { holdersOfNights, isShortNight } from '../../../../shared/domain/night-readiness';
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
  /** The beds the facility keeps free for an emergency each night (readinessTarget). */
  target: number;
}

/** A night as its heading shows it: its capacity, and whether it is short of emergency beds. */
export interface NightShown extends NightCapacity {
  /** Fewer beds could take an emergency without bumping anyone than the facility keeps free. */
  short: boolean;
  /** On a short night: who holds the beds that take emergencies, "name（bed）", in bed order. */
  heldBy: readonly string[];
  /** The beds the facility keeps free for an emergency (the same for every night). */
  target: number;
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
  nights: readonly NightShown[];
  capacity: ReadonlyMap<string, NightShown>;
  target: number;
}

/** The guest's name as the desk writes it, or a placeholder when the register lacks it. */
export function guestName(person: PersonName | undefined, texts: CalendarTexts): string {
  return person ? texts.personName(person.familyName, person.givenName) : texts.unknownPerson;
}

export function buildCalendarWindow(input: CalendarWindowInput): CalendarWindow {
  const { from, to, beds, stays, blocks, texts, target } = input;
  const names = new Map(stays.map((s) => [s.id, guestName(input.names.get(s.personId), texts)]));
  const capacity = nightlyCapacity(beds, stays, blocks, nightDates(from, addDays(to, 1)));
  // Who holds the beds is worked out for the short nights only, in one pass over the stays.
  const shortDates = capacity.filter((n) => isShortNight(n, target)).map((n) => n.date);
  const holders = holdersOfNights(beds, stays, shortDates);
  const bedNames = new Map(beds.map((b) => [b.id, b.name]));
  const nights = capacity.map((night): NightShown => ({
    ...night,
    short: holders.has(night.date),
    target,
    heldBy: (holders.get(night.date) ?? []).map((stay) =>
      texts.holder(names.get(stay.id) ?? '', bedNames.get(stay.bedId) ?? ''),
    ),
  }));
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
    target,
  };
}
