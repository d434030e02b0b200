import { describe, expect, it } from 'vitest';
import type { Stay } from '../domain/schemas';
import { makeStay } from '../rules/test-fixtures';
import { emergencyAddOnCount, emergencyAddOnDates } from './emergency-add-on';

const extension = {
  reason: '家族の入院が長引いた',
  approvedBy: '管理者',
  at: '2026-05-05T00:00:00.000Z',
};

function emergency(start: string, end: string, over: Partial<Stay> = {}): Stay {
  return makeStay({ id: 'e', kind: 'emergency', start, end, ...over });
}

describe('緊急短期入所受入加算', () => {
  it.each<{
    name: string;
    stay: Stay;
    days: number;
    first?: string;
    last?: string;
    beyond: number;
  }>([
    {
      name: 'counts every day of a stay shorter than 7 days',
      stay: emergency('2026-05-01', '2026-05-05'),
      days: 5,
      first: '2026-05-01',
      last: '2026-05-05',
      beyond: 0,
    },
    {
      name: 'counts the first 7 days, arrival day first',
      stay: emergency('2026-05-01', '2026-05-10'),
      days: 7,
      first: '2026-05-01',
      last: '2026-05-07',
      beyond: 3,
    },
    {
      name: 'counts exactly 7 of a 7-day stay',
      stay: emergency('2026-05-01', '2026-05-07'),
      days: 7,
      last: '2026-05-07',
      beyond: 0,
    },
    {
      name: 'counts up to 14 with the manager’s recorded reason',
      stay: emergency('2026-05-01', '2026-05-10', { addOnExtension: extension }),
      days: 10,
      last: '2026-05-10',
      beyond: 0,
    },
    {
      name: 'stops at 14 even with the reason',
      stay: emergency('2026-05-01', '2026-05-20', { addOnExtension: extension }),
      days: 14,
      last: '2026-05-14',
      beyond: 6,
    },
    {
      name: 'counts a same-day emergency as one day',
      stay: emergency('2026-05-01', '2026-05-01'),
      days: 1,
      beyond: 0,
    },
    {
      name: 'gives an experience stay none',
      stay: makeStay({ id: 'x', start: '2026-05-01', end: '2026-05-05' }),
      days: 0,
      beyond: 0,
    },
  ])('$name', ({ stay, days, first, last, beyond }) => {
    const dates = emergencyAddOnDates(stay);
    expect(dates).toHaveLength(days);
    if (first) expect(dates[0]).toBe(first);
    if (last) expect(dates.at(-1)).toBe(last);
    expect(emergencyAddOnCount(stay, '2026-04-01').daysBeyond).toBe(beyond);
  });

  it('counts the days so far up to and including today', () => {
    const stay = emergency('2026-05-01', '2026-05-10');
    expect(emergencyAddOnCount(stay, '2026-05-03')).toEqual({
      days: 7,
      daysSoFar: 3,
      limit: 7,
      daysBeyond: 3,
      extended: false,
    });
    expect(emergencyAddOnCount(stay, '2026-05-20').daysSoFar).toBe(7);
    expect(emergencyAddOnCount(stay, '2026-04-30').daysSoFar).toBe(0);
  });

  it('says when the limit was extended', () => {
    const count = emergencyAddOnCount(
      emergency('2026-05-01', '2026-05-10', { addOnExtension: extension }),
      '2026-05-01',
    );
    expect(count).toMatchObject({ limit: 14, extended: true, days: 10 });
  });
});
