import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { bookStay, stayHappened } from '../testing/stays';

let f: Fixture;
let beds: Bed[];
let guests: Person[];
let urgent: Person;

beforeEach(async () => {
  f = await createFixture('2026-06-15');
  beds = [
    await f.call('beds.save', { bed: bedInput('A-1', 1) }),
    await f.call('beds.save', { bed: bedInput('A-2', 2, { room: '南' }) }),
  ];
  guests = [];
  for (const [given, kana] of [
    ['一郎', 'いちろう'],
    ['二郎', 'じろう'],
  ] as const) {
    guests.push(
      await f.call('persons.save', {
        person: personInput({ givenName: given, givenNameKana: kana }),
      }),
    );
  }
  urgent = await f.call('persons.save', {
    person: personInput({
      givenName: '緊急',
      givenNameKana: 'きんきゅう',
      registration: { status: 'pending' },
    }),
  });
  // A May of an experience stay, and an emergency in June that bumps a booked experience stay.
  await stayHappened(f, await bookStay(f, guests[0]!.id, beds[0]!.id, '2026-05-04', '2026-05-10'));
  await bookStay(f, guests[1]!.id, beds[0]!.id, '2026-06-16', '2026-06-19');
  await bookStay(f, guests[0]!.id, beds[1]!.id, '2026-06-15', '2026-06-21');
  await f.call('emergency.commit', {
    personId: urgent.id,
    start: '2026-06-15',
    end: '2026-06-18',
    intake: {
      reason: 'family-event',
      requestedAt: '2026-06-15T08:00:00+09:00',
      requestedBy: 'family',
    },
  });
});
afterEach(() => f.dispose());

describe('the reports screen', () => {
  it('shows occupancy per bed and month over the fiscal year', async () => {
    const report = await f.call('reports.occupancy', { fiscalYear: 2026 });
    expect(report.months).toHaveLength(12);
    expect(report.beds.map((b) => b.name)).toEqual(['A-1', 'A-2']);
    const cell = (bed: Bed, month: string) =>
      report.cells.find((c) => c.bedId === bed.id && c.month === month);
    expect(cell(beds[0]!, '2026-05')).toEqual({
      bedId: beds[0]!.id,
      month: '2026-05',
      nights: 6,
      available: 31,
    });
    // June: the emergency takes 3 nights of A-1 (the experience stay there was bumped), and
    // the other booking holds 6 nights on A-2.
    expect(cell(beds[0]!, '2026-06')?.nights).toBe(3);
    expect(cell(beds[1]!, '2026-06')?.nights).toBe(6);
  });

  it('shows experience days per person against the cap', async () => {
    const report = await f.call('reports.experience', { fiscalYear: 2026 });
    expect(report.cap).toBe(30);
    expect(report.rows.map((r) => [r.person.givenName, r.days, r.remaining])).toEqual([
      ['一郎', 14, 16],
    ]);
  });

  it('shows the emergency log with the request and what became of the bumped stay', async () => {
    const report = await f.call('reports.emergencies', { fiscalYear: 2026 });
    expect(report.entries).toHaveLength(1);
    const [entry] = report.entries;
    expect(entry).toMatchObject({
      start: '2026-06-15',
      days: 4,
      addOnDays: 4,
      reason: 'family-event',
      requestedBy: 'family',
      person: { givenName: '緊急' },
    });
    expect(entry!.displaced).toEqual([
      expect.objectContaining({
        effect: 'bumped',
        outcome: 'waiting',
        person: expect.objectContaining({ givenName: '二郎' }),
      }),
    ]);
  });

  it('shows registrations', async () => {
    const report = await f.call('reports.registrations', { fiscalYear: 2026 });
    expect(report.counts).toMatchObject({ registered: 2, pending: 1 });
    expect(report.rows).toHaveLength(3);
  });

  it.each([
    'reports.occupancy',
    'reports.experience',
    'reports.emergencies',
    'reports.registrations',
    'reports.year',
  ])('%s refuses a fiscal year that is not a year with INVALID_INPUT', async (channel) => {
    for (const fiscalYear of ['2026', 1800, 2026.5]) {
      expect(await f.answer(channel, { fiscalYear })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});

describe('reports.year', () => {
  it('aggregates the year for the 拠点’s review without a name or an id of a person', async () => {
    const report = await f.call('reports.year', { fiscalYear: 2026 });
    expect(report).toMatchObject({
      fiscalYear: 2026,
      from: '2026-04-01',
      to: '2027-03-31',
      registrations: { registered: 2, pending: 1 },
      emergencies: { count: 1, persons: 1, days: 4, addOnDays: 4 },
      experience: { stays: 2, days: 14, persons: 1 },
      bumps: { bumped: 1, cutShort: 0, nightsLost: 3 },
    });
    expect(report.emergencies.byReason['family-event']).toBe(1);
    expect(report.emergencies.byRequester.family).toBe(1);
    const text = JSON.stringify(report);
    for (const p of [...guests, urgent]) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.givenName);
    }
  });
});
