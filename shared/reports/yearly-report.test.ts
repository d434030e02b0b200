import { describe, expect, it } from 'vitest';
import { makeBed, makePerson, makeStay, testSettings } from '../rules/test-fixtures';
import { yearlyReport } from './yearly-report';

describe('the yearly report', () => {
  const intake = (reason: 'carer-illness' | 'other', requestedBy: 'family' | 'city') => ({
    reason,
    ...(reason === 'other' ? { reasonText: '住居の火災' } : {}),
    requestedAt: '2026-06-01T10:00:00.000+09:00',
    requestedBy,
  });
  const report = yearlyReport({
    fiscalYear: 2026,
    from: '2026-04-01',
    to: '2027-03-31',
    settings: testSettings,
    persons: [
      makePerson({ registration: { status: 'registered', registeredOn: '2026-05-01' } }),
      makePerson({ registration: { status: 'pending' } }),
    ],
    beds: [makeBed()],
    blocks: [],
    stays: [
      makeStay({
        id: 'e1',
        personId: 'a',
        kind: 'emergency',
        start: '2026-06-01',
        end: '2026-06-09',
        status: 'completed',
        intake: intake('carer-illness', 'family'),
      }),
      makeStay({
        id: 'e2',
        personId: 'a',
        kind: 'emergency',
        start: '2026-06-09',
        end: '2026-06-10',
        status: 'completed',
        intake: intake('other', 'city'),
      }),
      makeStay({
        id: 'e3',
        personId: 'b',
        kind: 'emergency',
        start: '2027-03-30',
        end: '2027-04-02',
        status: 'completed',
      }),
      makeStay({
        id: 'x1',
        personId: 'c',
        start: '2026-06-03',
        end: '2026-06-05',
        status: 'bumped',
        bumpedBy: 'e1',
        updatedAt: '2026-06-01T00:00:00.000Z',
      }),
      makeStay({
        id: 'x2',
        personId: 'd',
        start: '2026-07-01',
        end: '2026-07-07',
        status: 'completed',
      }),
      makeStay({
        id: 'x3',
        personId: 'd',
        start: '2027-03-31',
        end: '2027-04-03',
        status: 'confirmed',
      }),
    ],
  });

  it('counts emergencies by reason and by who asked, with their days in the year', () => {
    expect(report.emergencies).toMatchObject({
      count: 3,
      persons: 2,
      // a: 6/1–6/10 (a change of stay on 6/9 counts once) = 10; b: 3/30–3/31 in the year = 2.
      days: 12,
      addOnDays: 7 + 2 + 4,
    });
    expect(report.emergencies.byReason).toMatchObject({
      'carer-illness': 1,
      other: 1,
      unrecorded: 1,
    });
    expect(report.emergencies.byRequester).toMatchObject({ family: 1, city: 1, unrecorded: 1 });
  });

  it('counts experience stays begun in the year, their days in it, and the persons', () => {
    expect(report.experience).toEqual({ stays: 2, days: 7 + 1, persons: 1, personsAtCap: 0 });
  });

  it('counts the stays that gave way and their outcome', () => {
    expect(report.bumps).toMatchObject({ bumped: 1, cutShort: 0, shortened: 0, nightsLost: 2 });
    expect(report.bumps.outcomes.waiting).toBe(1);
  });

  it('counts registrations and occupancy, and names nobody', () => {
    expect(report.registrations).toEqual({ registered: 1, newInPeriod: 1, pending: 1, ended: 0 });
    expect(report.occupancy.byMonth).toHaveLength(12);
    expect(report.occupancy.available).toBe(365);
    expect(JSON.stringify(report)).not.toMatch(/山田|太郎|"a"|"e1"/);
  });
});
