/**
 * The benchmark's reference: the bed calendar's month drawn by FullCalendar alone — React and
 * FullCalendar only, with the calendar's own packages and options (calendarOptions.ts) and the
 * bench facility's data from the same host API, fetched with plain fetch. Bars and headings are
 * FullCalendar's defaults. Like the app, it asks for the months either side once the first is
 * drawn, so 次 finds its data ready. What the app costs beyond this page is the app's own work.
 */
import type { EventInput, EventSourceFuncArg } from '@fullcalendar/core';
import FullCalendar from '@fullcalendar/react';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {
  Bed as BedRecord,
  Person as PersonRecord,
  Stay as StayRecord,
} from '../../../shared/domain/schemas';
import {
  CALENDAR_OPTIONS,
  CALENDAR_SIZES,
  CALENDAR_VIEWS,
} from '../../../renderer/src/features/calendar/calendarOptions';

// Types only (erased from the build): the page itself runs nothing of the app's.
type Bed = Pick<BedRecord, 'id' | 'name' | 'room' | 'order' | 'active'>;
type Stay = Pick<StayRecord, 'id' | 'bedId' | 'personId' | 'start' | 'end' | 'status'>;
type Person = Pick<PersonRecord, 'id' | 'familyName' | 'givenName'>;

const fragment = new URLSearchParams(location.hash.slice(1));
const token = fragment.get('token') ?? '';
const session = fragment.get('session') ?? '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-Tomari-Session': session,
    },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T };
  if (!envelope.ok) throw new Error(`${channel} failed`);
  return envelope.value;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const monthOf = (date: string) => {
  const from = `${date.slice(0, 7)}-01`;
  return { from, to: addDays(`${addDays(from, 40).slice(0, 7)}-01`, -1) };
};

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
const staysByRange = new Map<string, Promise<Stay[]>>();
const loadedStays = new Map<string, Stay[]>();
function staysIn(from: string, to: string): Promise<Stay[]> {
  const key = `${from}/${to}`;
  let stays = staysByRange.get(key);
  if (!stays) {
    stays = call<Stay[]>('stays.list', { from, to });
    staysByRange.set(key, stays);
    void stays.then((loaded) => loadedStays.set(key, loaded));
  }
  return stays;
}

function BareCalendar({ beds, names }: { beds: Bed[]; names: Map<string, string> }) {
  const [events] = useState(
    () => (info: EventSourceFuncArg, success: (events: EventInput[]) => void) => {
      const from = iso(info.start);
      const to = addDays(iso(info.end), -1);
      const show = (stays: Stay[]) => {
        success(
          stays
            .filter((s) => s.status !== 'cancelled' && s.status !== 'bumped')
            .map((s) => ({
              id: s.id,
              resourceId: s.bedId,
              start: s.start,
              end: s.end,
              allDay: true,
              title: names.get(s.personId) ?? '',
            })),
        );
        // As the app does: the months either side, once this one is drawn.
        const month = monthOf(from);
        const before = monthOf(addDays(month.from, -1));
        const after = monthOf(addDays(month.to, 1));
        void staysIn(before.from, before.to);
        void staysIn(after.from, after.to);
      };
      // Data already here is handed over at once, so FullCalendar draws the month once.
      const loaded = loadedStays.get(`${from}/${to}`);
      if (loaded) show(loaded);
      else void staysIn(from, to).then(show);
    },
  );
  return (
    <FullCalendar
      {...CALENDAR_OPTIONS}
      views={CALENDAR_VIEWS}
      locale="ja"
      now={today}
      height="100%"
      resourceAreaColumns={[
        { field: 'room', group: true, width: CALENDAR_SIZES.roomColumnWidth },
        { field: 'title', width: CALENDAR_SIZES.bedColumnWidth },
      ]}
      resources={beds
        .filter((b) => b.active)
        .map((b) => ({ id: b.id, title: b.name, room: b.room ?? '', order: b.order }))}
      events={events}
    />
  );
}

function App() {
  const [data, setData] = useState<{ beds: Bed[]; names: Map<string, string> } | null>(null);
  useEffect(() => {
    const month = monthOf(today);
    void Promise.all([
      call<Bed[]>('beds.list', {}),
      call<Person[]>('persons.names', {}),
      staysIn(month.from, month.to),
    ]).then(([beds, persons]) =>
      setData({
        beds,
        names: new Map(persons.map((p) => [p.id, `${p.familyName} ${p.givenName}`])),
      }),
    );
  }, []);
  return data ? <BareCalendar beds={data.beds} names={data.names} /> : null;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
