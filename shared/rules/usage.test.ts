import { describe, expect, it } from 'vitest';
import type { Stay } from '../domain/schemas';
import { usageOf } from './usage';
import { makeStay, testSettings } from './test-fixtures';

const cases: {
  name: string;
  stays: Stay[];
  fiscalYear: number;
  used: number;
  remaining: number;
}[] = [
  {
    name: 'has the whole cap left with no stays',
    stays: [],
    fiscalYear: 2026,
    used: 0,
    remaining: 30,
  },
  {
    name: 'counts back-to-back stays once per date',
    stays: [
      makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-07' }),
      makeStay({ id: 's2', start: '2026-05-07', end: '2026-05-13' }),
    ],
    fiscalYear: 2026,
    used: 13,
    remaining: 17,
  },
  {
    name: 'counts only the dates inside the fiscal year',
    stays: [makeStay({ id: 's1', start: '2027-03-29', end: '2027-04-02' })],
    fiscalYear: 2027,
    used: 2,
    remaining: 28,
  },
  {
    name: 'ignores emergency, cancelled and bumped stays',
    stays: [
      makeStay({ id: 's1', kind: 'emergency', start: '2026-05-01', end: '2026-05-07' }),
      makeStay({ id: 's2', status: 'cancelled', start: '2026-06-01', end: '2026-06-07' }),
      makeStay({ id: 's3', status: 'bumped', start: '2026-07-01', end: '2026-07-07' }),
    ],
    fiscalYear: 2026,
    used: 0,
    remaining: 30,
  },
  {
    name: 'never gives a negative remainder after an override',
    stays: [makeStay({ id: 's1', start: '2026-05-01', end: '2026-06-04' })],
    fiscalYear: 2026,
    used: 35,
    remaining: 0,
  },
];

describe('usageOf', () => {
  it.each(cases)('$name', ({ stays, fiscalYear, used, remaining }) => {
    expect(usageOf(stays, fiscalYear, testSettings)).toEqual({
      fiscalYear,
      experienceDays: used,
      cap: 30,
      remaining,
    });
  });
});
