import holidayJp from '@holiday-jp/holiday_jp';
import packageInfo from '@holiday-jp/holiday_jp/package.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { compactHolidayTable, holidayReader } from './holidays-compact';
import { HOLIDAY_SOURCE, HOLIDAYS_BY_YEAR } from './holidays-jp';
import { addDays } from './dates';

describe('the holiday table', () => {
  it('was made from the installed @holiday-jp/holiday_jp (npm run holidays after an update)', () => {
    expect(HOLIDAY_SOURCE).toBe(`${packageInfo.name}@${packageInfo.version}`);
    expect(HOLIDAYS_BY_YEAR).toEqual(compactHolidayTable(Object.keys(holidayJp.holidays)));
  });

  it('answers exactly as the package does for every date it covers', () => {
    const isHoliday = holidayReader(HOLIDAYS_BY_YEAR);
    const differing: string[] = [];
    for (let date = '1970-01-01'; date <= '2050-12-31'; date = addDays(date, 1)) {
      if (isHoliday(date) !== Object.hasOwn(holidayJp.holidays, date)) differing.push(date);
    }
    expect(differing).toEqual([]);
  });

  it('knows no holidays in a year beyond the table', () => {
    expect(holidayReader(HOLIDAYS_BY_YEAR)('2099-01-01')).toBe(false);
  });
});
