import { describe, expect, it } from 'vitest';
import type { Stay } from '../domain/schemas';
import { usageSplitAt } from './usage-split';

const settings = { fiscalYearStartMonth: 4, experienceAnnualCapDays: 30 };

function stay(start: string, end: string, overrides: Partial<Stay> = {}): Stay {
  return {
    id: `${start}-${end}`,
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    start,
    end,
    status: 'confirmed',
    createdAt: '2026-04-01T00:00:00.000Z',
    overrides: [],
    ...overrides,
  };
}

describe('usageSplitAt', () => {
  it.each([
    ['counts a past stay as used', [stay('2026-05-01', '2026-05-04')], 4, 0],
    ['counts a future stay as booked', [stay('2026-05-20', '2026-05-22')], 0, 3],
    [
      'splits a stay running today, counting today as used',
      [stay('2026-05-10', '2026-05-14')],
      3,
      2,
    ],
    ['counts an arrival today as one day used', [stay('2026-05-12', '2026-05-13')], 1, 1],
    [
      'ignores emergency, cancelled and bumped stays',
      [
        stay('2026-05-01', '2026-05-03', { kind: 'emergency' }),
        stay('2026-05-20', '2026-05-22', { status: 'cancelled' }),
        stay('2026-05-24', '2026-05-26', { status: 'bumped' }),
      ],
      0,
      0,
    ],
  ])('%s', (_name, stays, used, booked) => {
    const split = usageSplitAt(stays, 2026, settings, '2026-05-12');
    expect([split.usedDays, split.bookedDays]).toEqual([used, booked]);
    expect(split.usedDays + split.bookedDays).toBe(split.experienceDays);
  });

  it('keeps the remaining days of the cap from the total', () => {
    const split = usageSplitAt([stay('2026-05-10', '2026-05-16')], 2026, settings, '2026-05-12');
    expect(split).toMatchObject({ experienceDays: 7, cap: 30, remaining: 23 });
  });
});
