import { describe, expect, it } from 'vitest';
import { monthRangeOf, neighbourRanges } from './calendarRanges';

describe('neighbourRanges', () => {
  it('gives the whole months before and after a month, whatever their lengths', () => {
    expect(neighbourRanges(monthRangeOf('2026-03-15'))).toEqual([
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-04-01', to: '2026-04-30' },
    ]);
  });

  it('crosses the year in December and January', () => {
    expect(neighbourRanges(monthRangeOf('2026-12-31'))).toEqual([
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2027-01-01', to: '2027-01-31' },
    ]);
  });

  it('shifts a week or two weeks by their own length', () => {
    expect(neighbourRanges({ from: '2026-05-11', to: '2026-05-17' })).toEqual([
      { from: '2026-05-04', to: '2026-05-10' },
      { from: '2026-05-18', to: '2026-05-24' },
    ]);
    expect(neighbourRanges({ from: '2026-05-25', to: '2026-06-07' })).toEqual([
      { from: '2026-05-11', to: '2026-05-24' },
      { from: '2026-06-08', to: '2026-06-21' },
    ]);
  });
});
