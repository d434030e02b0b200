import { describe, expect, it } from 'vitest';
import { INCOMPLETE_DATE, isoOfPickerValue, pickerValueOf } from './pickerValue';

describe('date field values', () => {
  it.each([
    ['an ordinary date', '2026-05-12'],
    ['a leap day', '2028-02-29'],
    ['the last day of a year', '2026-12-31'],
    ['the first day of Reiwa', '2019-05-01'],
  ])('reads and writes %s unchanged', (_name, iso) => {
    expect(isoOfPickerValue(pickerValueOf(iso))).toBe(iso);
  });

  it.each([
    ['empty', ''],
    ['a day that does not exist', '2027-02-29'],
    ['half a date', '2026-05'],
    ['the incomplete marker itself', INCOMPLETE_DATE],
  ])('gives the picker no date for %s', (_name, text) => {
    expect(pickerValueOf(text)).toBeNull();
  });

  it('reports an empty field as empty', () => {
    expect(isoOfPickerValue(null)).toBe('');
  });

  it('reports a date typed halfway as incomplete, never as empty', () => {
    expect(isoOfPickerValue(new Date(Number.NaN))).toBe(INCOMPLETE_DATE);
  });

  it('reports a year that cannot be written with four digits as incomplete', () => {
    const early = new Date(2000, 0, 1);
    early.setFullYear(99);
    expect(isoOfPickerValue(early)).toBe(INCOMPLETE_DATE);
  });

  it('keeps the calendar date at local midnight, whatever the time zone', () => {
    const value = pickerValueOf('2026-05-12');
    expect([value?.getFullYear(), value?.getMonth(), value?.getDate(), value?.getHours()]).toEqual([
      2026, 4, 12, 0,
    ]);
  });
});
