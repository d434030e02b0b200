import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY_DEFAULTS } from '../domain/day-facts-schema';
import type { Stay } from '../domain/schemas';
import { makePerson, makeStay } from '../rules/test-fixtures';
import { monthRecordDays } from './month-record';
import { monthlyAllowance, recordChecks } from './record-checks';

const person = makePerson({
  certificateNumber: '1234567890',
  authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 5 }],
});

function checksFor(stays: Stay[], over: { today?: string; providerNumber?: string } = {}) {
  const month = '2026-05';
  const days = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, month);
  return recordChecks({
    person,
    providerNumber: over.providerNumber ?? '1310000001',
    personStays: stays,
    days,
    month,
    today: over.today ?? '2026-06-02',
  }).map((c) => [c.code, c.details]);
}

describe('the check before printing', () => {
  it('finds nothing wrong in a plain month', () => {
    expect(
      checksFor([
        makeStay({ id: 'a', start: '2026-05-10', end: '2026-05-12', status: 'completed' }),
      ]),
    ).toEqual([]);
  });

  it('warns of more days than the monthly 支給量', () => {
    const stays = [
      makeStay({ id: 'a', start: '2026-05-01', end: '2026-05-06', status: 'completed' }),
    ];
    expect(checksFor(stays)).toEqual([['OVER_MONTHLY_ALLOWANCE', { days: 6, allowance: 5 }]]);
  });

  it('warns of a day with no meal', () => {
    const stays = [
      makeStay({ id: 'a', start: '2026-05-10', end: '2026-05-11', status: 'completed' }),
    ];
    const days = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-05');
    days[1]!.meals = { breakfast: false, lunch: false, dinner: false };
    const checks = recordChecks({
      person,
      providerNumber: '1310000001',
      personStays: stays,
      days,
      month: '2026-05',
      today: '2026-06-01',
    });
    expect(checks).toEqual([{ code: 'NO_MEALS', details: { date: '2026-05-11' } }]);
  });

  it('warns of a guest still in the facility after their departure date', () => {
    const stays = [
      makeStay({ id: 'a', start: '2026-05-25', end: '2026-05-28', status: 'in_stay' }),
    ];
    expect(checksFor(stays, { today: '2026-05-30' })).toEqual([
      ['IN_STAY_PAST_END', { end: '2026-05-28' }],
    ]);
    expect(checksFor(stays, { today: '2026-05-28' })).toEqual([]);
  });

  it('warns of a booking in the month that was never checked in', () => {
    const stays = [
      makeStay({ id: 'a', start: '2026-05-20', end: '2026-05-22', status: 'confirmed' }),
    ];
    expect(checksFor(stays, { today: '2026-05-21' })).toEqual([
      ['NOT_CHECKED_IN', { start: '2026-05-20' }],
    ]);
    expect(checksFor(stays, { today: '2026-05-20' })).toEqual([]);
  });

  it('asks for the numbers the paper cannot do without', () => {
    const checks = recordChecks({
      person: { ...person, certificateNumber: undefined },
      providerNumber: '',
      personStays: [],
      days: [],
      month: '2026-05',
      today: '2026-06-01',
    });
    expect(checks.map((c) => c.code)).toEqual(['NO_PROVIDER_NUMBER', 'NO_CERTIFICATE_NUMBER']);
  });

  it('reads the 支給量 of the authorisation covering the month, the newest decision first', () => {
    const twice = makePerson({
      authorizations: [
        { from: '2025-04-01', to: '2026-05-15', daysPerMonth: 5 },
        { from: '2026-05-16', to: '2027-03-31', daysPerMonth: 10 },
      ],
    });
    expect(monthlyAllowance(twice, '2026-05')).toBe(10);
    expect(monthlyAllowance(twice, '2026-04')).toBe(5);
    expect(monthlyAllowance(makePerson(), '2026-05')).toBeNull();
  });
});
