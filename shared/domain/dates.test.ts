import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  todayInJapan,
  usedDates,
  addDays,
  daysBetween,
  fiscalYearOf,
  fiscalYearRange,
  formatJapaneseDate,
  formatWareki,
  isJapaneseHoliday,
  isValidIsoDate,
  nightDates,
  nightsOf,
  stayDates,
} from './dates';

describe('stayDates', () => {
  it.each([
    [
      'counts the arrival and the departure day',
      '2026-05-12',
      '2026-05-14',
      ['2026-05-12', '2026-05-13', '2026-05-14'],
    ],
    [
      'includes the leap day',
      '2028-02-28',
      '2028-03-01',
      ['2028-02-28', '2028-02-29', '2028-03-01'],
    ],
    [
      'crosses the end of the fiscal year',
      '2027-03-31',
      '2027-04-01',
      ['2027-03-31', '2027-04-01'],
    ],
    ['gives one date for a same-day span', '2026-05-12', '2026-05-12', ['2026-05-12']],
    ['gives nothing when the end is before the start', '2026-05-12', '2026-05-11', []],
  ])('%s', (_name, start, end, expected) => {
    expect(stayDates(start, end)).toEqual(expected);
  });
});

describe('nights', () => {
  it.each([
    ['counts a week as six nights', '2026-05-12', '2026-05-18', 6],
    ['counts the leap night', '2028-02-28', '2028-03-01', 2],
    ['never gives a negative count', '2026-05-12', '2026-05-10', 0],
  ])('%s', (_name, start, end, nights) => {
    expect(nightsOf(start, end)).toBe(nights);
    expect(nightDates(start, end)).toHaveLength(nights);
  });

  it('lists the nights up to the day before departure', () => {
    expect(nightDates('2026-05-12', '2026-05-14')).toEqual(['2026-05-12', '2026-05-13']);
  });
});

describe('usedDates', () => {
  it.each([
    ['counts one stay start..end inclusive', [{ start: '2026-05-01', end: '2026-05-07' }], 7],
    [
      'does not count the turnover date of back-to-back stays twice',
      [
        { start: '2026-05-01', end: '2026-05-03' },
        { start: '2026-05-03', end: '2026-05-05' },
      ],
      5,
    ],
    [
      'adds separate stays in full',
      [
        { start: '2026-05-01', end: '2026-05-02' },
        { start: '2026-05-10', end: '2026-05-11' },
      ],
      4,
    ],
    ['counts nothing for no stays', [], 0],
  ])('%s', (_name, spans, days) => {
    expect(usedDates(spans).size).toBe(days);
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['puts 1 April in the new year', '2026-04-01', 4, 2026],
    ['puts 31 March in the year before', '2027-03-31', 4, 2026],
    ['puts the leap day in the year that began the April before', '2028-02-29', 4, 2027],
    ['treats a January start as the calendar year', '2026-12-31', 1, 2026],
    ['treats a January start as the calendar year from 1 January', '2027-01-01', 1, 2027],
    ['handles an October start before October', '2026-09-30', 10, 2025],
    ['handles an October start from October', '2026-10-01', 10, 2026],
  ])('%s', (_name, date, startMonth, fy) => {
    expect(fiscalYearOf(date, startMonth)).toBe(fy);
  });
});

describe('fiscalYearRange', () => {
  it.each([
    ['spans April to March', 2026, 4, { from: '2026-04-01', to: '2027-03-31' }],
    [
      'ends on the leap day when March follows a leap February',
      2027,
      3,
      { from: '2027-03-01', to: '2028-02-29' },
    ],
    [
      'spans a calendar year for a January start',
      2026,
      1,
      { from: '2026-01-01', to: '2026-12-31' },
    ],
  ])('%s', (_name, fy, startMonth, range) => {
    expect(fiscalYearRange(fy, startMonth)).toEqual(range);
  });
});

describe('date arithmetic', () => {
  it('adds days across the leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
  });

  it('counts days between dates in either direction', () => {
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it.each([
    ['accepts the leap day of a leap year', '2028-02-29', true],
    ['rejects the leap day of a common year', '2027-02-29', false],
    ['rejects a malformed date', '2026-5-1', false],
  ])('%s', (_name, date, valid) => {
    expect(isValidIsoDate(date)).toBe(valid);
  });
});

describe('Japanese date formats', () => {
  it.each([
    ['shows the weekday in brackets', '2026-05-12', '2026年5月12日(火)'],
    ['shows the leap day', '2028-02-29', '2028年2月29日(火)'],
  ])('%s', (_name, date, text) => {
    expect(formatJapaneseDate(date)).toBe(text);
  });

  it.each([
    ['prints the Reiwa era', '2026-05-12', '令和8年5月12日'],
    ['prints the first year of an era as 元年', '2019-05-01', '令和元年5月1日'],
    ['prints the last day of Heisei', '2019-04-30', '平成31年4月30日'],
  ])('%s', (_name, date, text) => {
    expect(formatWareki(date)).toBe(text);
  });

  it.each([
    ['knows Children’s Day', '2026-05-05', true],
    ['knows a substitute holiday', '2026-05-06', true],
    ['knows an ordinary weekday', '2026-05-12', false],
  ])('%s', (_name, date, holiday) => {
    expect(isJapaneseHoliday(date)).toBe(holiday);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2026-12-01', 2],
    ['2026-12-06', 0],
    ['2027-01-02', 6],
    ['2028-02-29', 2],
  ])('%s is day %i (0 = Sunday)', (date, day) => {
    expect(dayOfWeek(date)).toBe(day);
  });
});

describe('todayInJapan', () => {
  it.each([
    ['2026-05-11T15:00:00Z', '2026-05-12'],
    ['2026-05-11T14:59:59Z', '2026-05-11'],
    ['2027-03-31T15:30:00Z', '2027-04-01'],
  ])('the instant %s is %s in Japan', (instant, expected) => {
    expect(todayInJapan(new Date(instant))).toBe(expected);
  });
});
