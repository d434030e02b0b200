import type { TFunction } from 'i18next';
import { stayKindSchema, stayStatusSchema, type Stay } from '../../../../shared/domain/schemas';
import { WEEKDAY_KEYS, type WeekdayKey } from '../../lib/calendar';
import { fullName } from '../../common/personName';

/** Marks a placeholder in a translation fetched once, to be filled in later without i18next. */
const slot = (i: number) => `\u0000${i}\u0000`;

/** A translation with slots (`slot(0)`, `slot(1)`…) as a function of the slots' values. */
function fill(translated: string): (...values: (string | number)[]) => string {
  const parts = translated.split('\u0000');
  return (...values) =>
    parts.map((part, i) => (i % 2 === 1 ? String(values[Number(part)]) : part)).join('');
}

/** Every word the calendar draws, in the UI language, translated once per language. */
export interface CalendarTexts {
  language: string;
  personName: (familyName: string, givenName: string) => string;
  unknownPerson: string;
  pendingPerson: string;
  /** What a screen reader says for a bar: guest, kind, status, bed, dates, and that it opens. */
  stayLabel: (stay: StayLabelFacts, name: string, bed: string) => string;
  blocked: (reason: string) => string;
  weekday: Record<WeekdayKey, string>;
  holiday: string;
  today: string;
  /** The free beds of a night, short (in the heading) and in words (its tooltip). */
  free: (n: number) => string;
  freeLong: (n: number) => string;
  noEmergencyLong: string;
  /** A night short of the beds kept free for emergencies: the figures, who holds the beds. */
  shortLong: (free: number, target: number) => string;
  heldBy: (holders: readonly string[]) => string;
  holder: (name: string, bed: string) => string;
  emergencyReserved: string;
  emergencyOnly: string;
  roomHeader: string;
  bedHeader: string;
  noRoom: string;
  views: { month: string; twoWeeks: string; week: string };
  /** Names of the toolbar's 前/今日/次 buttons (FullCalendar's buttonHints; $0 is the unit). */
  buttonHints: { prev: string; next: string; today: string };
}

/** What a bar's spoken name says about its stay. */
export type StayLabelFacts = Pick<Stay, 'kind' | 'status' | 'start' | 'end'>;

/**
 * The calendar's words for one language. A month switch drew every heading and bar through
 * i18next hundreds of times; now each string (or its template) is looked up once here.
 */
export function calendarTexts(t: TFunction, language: string): CalendarTexts {
  const stayLabels = new Map<string, (...values: string[]) => string>();
  for (const kind of stayKindSchema.options) {
    for (const status of stayStatusSchema.options) {
      const words = { kind: t(`stayKind.${kind}`), status: t(`stayStatus.${status}`) };
      stayLabels.set(
        `${kind}|${status}`,
        fill(
          t('calendar.stayLabel', {
            ...words,
            name: slot(0),
            bed: slot(1),
            from: slot(2),
            to: slot(3),
          }),
        ),
      );
    }
  }
  const barDate = fill(t('calendar.barDate', { month: slot(0), day: slot(1) }));
  const dateWords = (date: string) => barDate(Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  const free = fill(t('calendar.freeShort', { n: slot(0) }));
  const freeLong = fill(t('calendar.freeLong', { n: slot(0) }));
  const blocked = fill(t('calendar.blockedReason', { reason: slot(0) }));
  const shortLong = fill(t('calendar.shortNightLong', { free: slot(0), target: slot(1) }));
  const heldBy = fill(t('calendar.heldBy', { names: slot(0) }));
  const holder = fill(t('calendar.holder', { name: slot(0), bed: slot(1) }));
  const separator = t('calendar.holderSeparator');
  return {
    language,
    // The one name formatter of every screen (family name first in every language).
    personName: (familyName, givenName) => fullName({ familyName, givenName }),
    unknownPerson: t('calendar.unknownPerson'),
    pendingPerson: t('common.pending'),
    stayLabel: (stay, name, bed) =>
      stayLabels.get(`${stay.kind}|${stay.status}`)?.(
        name,
        bed,
        dateWords(stay.start),
        dateWords(stay.end),
      ) ?? name,
    blocked: (reason) => blocked(reason),
    weekday: Object.fromEntries(WEEKDAY_KEYS.map((key) => [key, t(`weekday.${key}`)])) as Record<
      WeekdayKey,
      string
    >,
    holiday: t('calendar.holiday'),
    today: t('calendar.today'),
    free: (n) => free(n),
    freeLong: (n) => freeLong(n),
    noEmergencyLong: t('calendar.noEmergencyBedLong'),
    shortLong: (free, target) => shortLong(free, target),
    heldBy: (holders) => heldBy(holders.join(separator)),
    holder: (name, bed) => holder(name, bed),
    emergencyReserved: t('calendar.emergencyReserved'),
    emergencyOnly: t('calendar.emergencyOnly'),
    roomHeader: t('calendar.roomHeader'),
    bedHeader: t('calendar.resourceHeader'),
    noRoom: t('calendar.noRoom'),
    views: {
      month: t('calendar.views.month'),
      twoWeeks: t('calendar.views.twoWeeks'),
      week: t('calendar.views.week'),
    },
    buttonHints: {
      prev: t('calendar.buttonHints.prev'),
      next: t('calendar.buttonHints.next'),
      today: t('calendar.buttonHints.today'),
    },
  };
}
