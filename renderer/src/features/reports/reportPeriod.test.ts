import { describe, expect, it } from 'vitest';
import { fiscalYearChoices, monthChoices, previousMonth } from './reportPeriod';

describe('the periods of the reports screen', () => {
  it('offers next year, this year and five before, by the facility’s first month', () => {
    expect(fiscalYearChoices('2026-05-12', 4)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    expect(fiscalYearChoices('2026-02-12', 4)[1]).toBe(2025);
    expect(fiscalYearChoices('2026-02-12', 1)[1]).toBe(2026);
  });

  it('claims the month before, across a year end', () => {
    expect(previousMonth('2026-05-12')).toBe('2026-04');
    expect(previousMonth('2026-01-05')).toBe('2025-12');
  });

  it('offers this month and the 23 before it, newest first', () => {
    const months = monthChoices('2026-05-12');
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2026-05');
    expect(months.at(-1)).toBe('2024-06');
  });
});
