import { describe, expect, it } from 'vitest';
import { warekiFiscalYear, warekiMonth } from './wareki';

describe('era names on the papers', () => {
  it.each([
    ['2026-05', '令和8年5月'],
    ['2019-05', '令和元年5月'],
    ['2019-04', '平成31年4月'],
    ['2027-01', '令和9年1月'],
  ])('%s is %s', (month, wareki) => {
    expect(warekiMonth(month)).toBe(wareki);
  });

  it.each([
    [2026, 4, '令和8年度'],
    [2019, 4, '平成31年度'],
    [2020, 4, '令和2年度'],
    [2026, 1, '令和8年度'],
  ])('fiscal year %i starting in month %i is %s', (fy, start, wareki) => {
    expect(warekiFiscalYear(fy, start)).toBe(wareki);
  });
});
