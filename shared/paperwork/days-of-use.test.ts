import { describe, expect, it } from 'vitest';
import type { Stay } from '../domain/schemas';
import { makeStay } from '../rules/test-fixtures';
import {
  dayStatusIn,
  daysInMonth,
  daysOfUse,
  daysPerMonth,
  daysPerYear,
  isProvided,
  monthRange,
  monthsBetween,
} from './days-of-use';

const stay = (id: string, start: string, end: string, over: Partial<Stay> = {}) =>
  makeStay({ id, start, end, status: 'completed', ...over });

describe('days of use', () => {
  it.each<{ name: string; stays: Stay[]; days: number }>([
    {
      name: 'counts the arrival and the departure day',
      stays: [stay('a', '2026-05-10', '2026-05-12')],
      days: 3,
    },
    {
      name: 'counts a same-day departure as one day',
      stays: [stay('a', '2026-05-10', '2026-05-10')],
      days: 1,
    },
    {
      name: 'counts the date where one stay ends and the next begins once',
      stays: [stay('a', '2026-05-01', '2026-05-07'), stay('b', '2026-05-07', '2026-05-09')],
      days: 9,
    },
    {
      name: 'counts two stays with a gap separately',
      stays: [stay('a', '2026-05-01', '2026-05-02'), stay('b', '2026-05-10', '2026-05-11')],
      days: 4,
    },
    { name: 'has none without stays', stays: [], days: 0 },
  ])('$name', ({ stays, days }) => {
    expect(daysOfUse(stays)).toHaveLength(days);
  });

  it.each<[string, string, string, string]>([
    ['2026-05-10', '2026-05-12', '2026-05-10', 'arrival'],
    ['2026-05-10', '2026-05-12', '2026-05-11', 'stay'],
    ['2026-05-10', '2026-05-12', '2026-05-12', 'departure'],
    ['2026-05-10', '2026-05-10', '2026-05-10', 'day-use'],
    ['2026-05-10', '2026-05-11', '2026-05-11', 'departure'],
  ])('a stay %s–%s is on %s a %s day', (start, end, date, status) => {
    expect(dayStatusIn({ start, end }, date)).toBe(status);
  });

  it('marks the date shared by two stays as a day in the facility, belonging to both', () => {
    const days = daysOfUse([
      stay('b', '2026-05-07', '2026-05-09'),
      stay('a', '2026-05-01', '2026-05-07'),
    ]);
    const shared = days.find((d) => d.date === '2026-05-07')!;
    expect(shared.status).toBe('stay');
    expect(shared.stays.map((s) => s.id)).toEqual(['a', 'b']);
    expect(days[0]).toMatchObject({ date: '2026-05-01', status: 'arrival' });
    expect(days.at(-1)).toMatchObject({ date: '2026-05-09', status: 'departure' });
  });

  it.each<{ name: string; start: string; end: string; months: Record<string, number> }>([
    {
      name: 'splits a stay across a month end by calendar month (3/29–4/2: 3 in March, 2 in April)',
      start: '2026-03-29',
      end: '2026-04-02',
      months: { '2026-03': 3, '2026-04': 2 },
    },
    {
      name: 'puts the departure day in its own month',
      start: '2026-05-30',
      end: '2026-06-01',
      months: { '2026-05': 2, '2026-06': 1 },
    },
    {
      name: 'splits across a year end',
      start: '2026-12-31',
      end: '2027-01-01',
      months: { '2026-12': 1, '2027-01': 1 },
    },
  ])('$name', ({ start, end, months }) => {
    expect(Object.fromEntries(daysPerMonth(daysOfUse([stay('a', start, end)])))).toEqual(months);
  });

  it.each<{
    name: string;
    start: string;
    end: string;
    startMonth: number;
    years: Record<number, number>;
  }>([
    {
      name: 'splits 3/31–4/1 by fiscal year',
      start: '2027-03-31',
      end: '2027-04-01',
      startMonth: 4,
      years: { 2026: 1, 2027: 1 },
    },
    {
      name: 'keeps a stay inside one fiscal year whole',
      start: '2026-04-01',
      end: '2026-04-05',
      startMonth: 4,
      years: { 2026: 5 },
    },
    {
      name: 'follows a fiscal year that starts in January',
      start: '2026-12-30',
      end: '2027-01-02',
      startMonth: 1,
      years: { 2026: 2, 2027: 2 },
    },
  ])('$name', ({ start, end, startMonth, years }) => {
    expect(Object.fromEntries(daysPerYear(daysOfUse([stay('a', start, end)]), startMonth))).toEqual(
      years,
    );
  });

  it('keeps the days of one month', () => {
    const days = daysOfUse([stay('a', '2026-03-29', '2026-04-02')]);
    expect(daysInMonth(days, '2026-04').map((d) => d.date)).toEqual(['2026-04-01', '2026-04-02']);
  });

  it.each<[Stay['status'], boolean]>([
    ['tentative', false],
    ['confirmed', false],
    ['in_stay', true],
    ['completed', true],
    ['cancelled', false],
    ['bumped', false],
  ])('counts a %s stay as service given: %s', (status, provided) => {
    expect(isProvided({ status })).toBe(provided);
  });
});

describe('months', () => {
  it.each([
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2026-04', '2026-04-01', '2026-04-30'],
  ])('%s runs from %s to %s', (month, from, to) => {
    expect(monthRange(month)).toEqual({ from, to });
  });

  it('lists every month of a period, across a year end', () => {
    expect(monthsBetween('2026-11-15', '2027-02-03')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsBetween('2026-05-01', '2026-05-31')).toEqual(['2026-05']);
  });
});
