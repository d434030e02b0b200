import { describe, expect, it } from 'vitest';
import { makeStay, testSettings } from '../rules/test-fixtures';
import { experienceUsageByPerson } from './experience-usage';

describe('experience days per person', () => {
  it('counts each person’s distinct experience days in the year against the cap, most first', () => {
    const rows = experienceUsageByPerson(
      [
        makeStay({ id: 'a1', personId: 'a', start: '2026-05-01', end: '2026-05-07' }),
        makeStay({ id: 'a2', personId: 'a', start: '2026-05-07', end: '2026-05-09' }),
        makeStay({ id: 'b1', personId: 'b', start: '2027-03-30', end: '2027-04-02' }),
        makeStay({
          id: 'c1',
          personId: 'c',
          kind: 'emergency',
          start: '2026-06-01',
          end: '2026-06-03',
        }),
        makeStay({
          id: 'd1',
          personId: 'd',
          start: '2026-06-01',
          end: '2026-06-03',
          status: 'bumped',
        }),
      ],
      2026,
      testSettings,
    );
    expect(rows).toEqual([
      { personId: 'a', fiscalYear: 2026, days: 9, stays: 2, cap: 30, remaining: 21 },
      { personId: 'b', fiscalYear: 2026, days: 2, stays: 1, cap: 30, remaining: 28 },
    ]);
  });

  it('never shows a negative remainder after an overridden cap', () => {
    const rows = experienceUsageByPerson(
      [makeStay({ id: 'a', start: '2026-05-01', end: '2026-06-09' })],
      2026,
      testSettings,
    );
    expect(rows[0]).toMatchObject({ days: 40, remaining: 0 });
  });
});
