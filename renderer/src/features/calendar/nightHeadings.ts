import { datePartsOf, weekdayKeyOf } from '../../lib/calendar';
import { dayKindOf } from '../week/dayKind';
import type { CalendarTexts } from './calendarTexts';
import type { NightShown } from './calendarWindow';

/** FullCalendar's content-injection form for elements the app made itself. */
export interface DomContent {
  domNodes: Node[];
}

export interface NightHeadings {
  /** The heading of a night, painted with its capacity when known (undefined: not loaded yet). */
  content(date: string, capacity: NightShown | undefined): DomContent;
  /** Repaints the headings of these nights (a change of the bookings shown). */
  paint(nights: readonly NightShown[]): void;
}

function child(parent: HTMLElement, className: string, text = ''): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  parent.append(element);
  return element;
}

/**
 * The column headings of the nights: the date the Japanese way (Saturday blue, Sunday and
 * holidays red by data-day, 祝 written for holidays, today marked), then how many beds are free
 * — on a night when no bed could take an emergency, in red with the reason on hover.
 *
 * Each heading is one element per date made here and handed to FullCalendar as it is (its
 * `{ domNodes }` content), made once per date and language. The date part never changes; the
 * capacity part is painted into it, so a booking saved repaints a few words in place instead of
 * FullCalendar drawing the whole calendar again. Styled once by calendarStyles.
 */
export function nightHeadings(texts: CalendarTexts, today: string): NightHeadings {
  const made = new Map<string, { root: HTMLElement; free: HTMLElement }>();

  const heading = (date: string) => {
    const known = made.get(date);
    if (known) return known;
    const kind = dayKindOf(date);
    const root = document.createElement('div');
    root.className = 'tomari-night';
    root.dataset.testid = `night-${date}`;
    root.dataset.day = kind;
    if (date === today) root.dataset.today = 'true';
    child(root, 'tomari-night-day', String(datePartsOf(date).day));
    const weekday = texts.weekday[weekdayKeyOf(date)];
    child(
      root,
      'tomari-night-weekday',
      kind === 'holiday' ? `${weekday}${texts.holiday}` : weekday,
    );
    if (date === today) root.title = texts.today;
    const free = child(root, 'tomari-night-free');
    const entry = { root, free };
    made.set(date, entry);
    return entry;
  };

  const paintOne = (date: string, capacity: NightShown | undefined) => {
    const { root, free } = heading(date);
    if (capacity === undefined) {
      delete root.dataset.free;
      delete root.dataset.noEmergency;
      delete root.dataset.short;
      free.textContent = '';
      free.removeAttribute('title');
      return;
    }
    root.dataset.free = String(capacity.freeBeds);
    root.dataset.noEmergency = String(capacity.noEmergencyBed);
    root.dataset.short = String(capacity.short);
    free.textContent = texts.free(capacity.freeBeds);
    const readiness = capacity.short
      ? [
          texts.shortLong(capacity.freeEmergencyBeds, capacity.target),
          ...(capacity.heldBy.length > 0 ? [texts.heldBy(capacity.heldBy)] : []),
        ]
      : [];
    const inWords = [texts.freeLong(capacity.freeBeds), ...readiness].join('\n');
    if (capacity.noEmergencyBed) {
      free.title = `${inWords}\n${texts.noEmergencyLong}`;
      free.dataset.testid = `no-emergency-${date}`;
    } else {
      free.title = inWords;
      delete free.dataset.testid;
    }
  };

  return {
    content: (date, capacity) => {
      paintOne(date, capacity);
      return { domNodes: [heading(date).root] };
    },
    paint: (nights) => {
      for (const night of nights) if (made.has(night.date)) paintOne(night.date, night);
    },
  };
}
