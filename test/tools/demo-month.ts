/**
 * A realistic month on the demo facility (test/tools/demo-data.ts): besides the stays around
 * today, bookings spread over the whole month, a few notes, an experience stay near its cap, and
 * two nights when every emergency bed is taken, so the calendar shows every state it can.
 */
import { addDays } from '../../shared/domain/dates';
import { seedDemo } from './demo-data';

type Call = <T = unknown>(channel: string, input: unknown) => Promise<T>;

interface Booking {
  bed: number;
  person: number;
  kind: 'emergency' | 'experience';
  from: number;
  to: number;
  status: 'tentative' | 'confirmed';
  note?: string;
}

// Days relative to today; none collides with the stays seedDemo books.
const MONTH: Booking[] = [
  // One night (today + 12) when every bed is held by an emergency: the calendar warns.
  {
    bed: 0,
    person: 8,
    kind: 'emergency',
    from: 8,
    to: 13,
    status: 'confirmed',
    note: '退院後の受入',
  },
  { bed: 1, person: 4, kind: 'emergency', from: 12, to: 13, status: 'confirmed' },
  { bed: 2, person: 1, kind: 'emergency', from: 11, to: 13, status: 'confirmed' },
  { bed: 3, person: 2, kind: 'emergency', from: 10, to: 13, status: 'tentative' },
  { bed: 4, person: 0, kind: 'emergency', from: 10, to: 13, status: 'confirmed' },
  { bed: 5, person: 5, kind: 'emergency', from: 9, to: 13, status: 'confirmed' },
  { bed: 6, person: 3, kind: 'emergency', from: 9, to: 13, status: 'confirmed' },
  { bed: 7, person: 9, kind: 'emergency', from: 11, to: 13, status: 'confirmed' },
  {
    bed: 2,
    person: 7,
    kind: 'experience',
    from: 14,
    to: 20,
    status: 'confirmed',
    note: '調理を中心に',
  },
  { bed: 3, person: 6, kind: 'experience', from: 15, to: 21, status: 'tentative' },
  { bed: 5, person: 2, kind: 'experience', from: 16, to: 22, status: 'confirmed' },
  { bed: 7, person: 0, kind: 'experience', from: 18, to: 24, status: 'tentative' },
  { bed: 1, person: 9, kind: 'experience', from: 20, to: 26, status: 'confirmed' },
  { bed: 4, person: 3, kind: 'experience', from: -12, to: -6, status: 'confirmed' },
  { bed: 2, person: 5, kind: 'experience', from: -10, to: -4, status: 'confirmed' },
];

export async function seedDemoMonth(call: Call, today: string): Promise<void> {
  await seedDemo(call, today);
  const beds = await call<{ id: string }[]>('beds.list', {});
  // persons.search answers in kana order; the demo's certificate numbers follow its seed order.
  const persons = (
    await call<{ id: string; certificateNumber?: string }[]>('persons.search', {})
  ).sort((a, b) => (a.certificateNumber ?? '').localeCompare(b.certificateNumber ?? ''));
  for (const b of MONTH) {
    await call('stays.create', {
      draft: {
        personId: persons[b.person]!.id,
        bedId: beds[b.bed]!.id,
        kind: b.kind,
        start: addDays(today, b.from),
        end: addDays(today, b.to),
        status: b.status,
        ...(b.note ? { note: b.note } : {}),
      },
    });
  }
  await call('beds.block', {
    bedId: beds[5]!.id,
    start: addDays(today, 24),
    end: addDays(today, 27),
    reason: '清掃・消毒',
  });
}
