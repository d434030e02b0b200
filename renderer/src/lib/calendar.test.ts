import { describe, expect, it } from 'vitest';
import { datePartsOf, datesFrom, mondayOf, todayInJapan, weekdayKeyOf } from './calendar';

describe('calendar helpers', () => {
  it.each([
    ['2026-05-11', '2026-05-11'],
    ['2026-05-12', '2026-05-11'],
    ['2026-05-17', '2026-05-11'],
    ['2026-05-18', '2026-05-18'],
    ['2027-01-01', '2026-12-28'],
  ])('finds the Monday of the week of %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  it('lists consecutive dates across a month end', () => {
    expect(datesFrom('2026-04-29', 4)).toEqual([
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
    ]);
  });

  it('names the weekday of a date', () => {
    expect(weekdayKeyOf('2026-05-12')).toBe('tue');
    expect(weekdayKeyOf('2026-05-17')).toBe('sun');
  });

  it('takes today from the Japanese clock, not the local one', () => {
    expect(todayInJapan(new Date('2026-05-11T15:30:00Z'))).toBe('2026-05-12');
    expect(todayInJapan(new Date('2026-05-11T14:59:00Z'))).toBe('2026-05-11');
  });

  it('splits a date into its parts', () => {
    expect(datePartsOf('2026-05-12')).toEqual({ year: 2026, month: 5, day: 12 });
  });
});
