import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY_DEFAULTS } from '../domain/day-facts-schema';
import type { Stay } from '../domain/schemas';
import type { StayDay } from '../domain/stay-day';
import { makeStay } from '../rules/test-fixtures';
import { monthRecordDays, recordTotals } from './month-record';

const stay = (id: string, start: string, end: string, over: Partial<Stay> = {}) =>
  makeStay({ id, start, end, status: 'completed', ...over });

function saved(stayId: string, date: string, over: Partial<StayDay> = {}): StayDay {
  return {
    id: `${stayId}-${date}`,
    stayId,
    date,
    meals: { breakfast: false, lunch: false, dinner: false },
    pickup: false,
    dropoff: false,
    createdAt: '2026-05-01T00:00:00.000Z',
    ...over,
  };
}

describe("a guest's month on the 実績記録票", () => {
  it('prints each day of use with the defaults until the desk records otherwise', () => {
    const days = monthRecordDays(
      [stay('a', '2026-05-10', '2026-05-12')],
      [],
      DEFAULT_DAY_DEFAULTS,
      '2026-05',
    );
    expect(days.map((d) => [d.date, d.status, d.pickup, d.dropoff, d.saved])).toEqual([
      ['2026-05-10', 'arrival', true, false, false],
      ['2026-05-11', 'stay', false, false, false],
      ['2026-05-12', 'departure', false, true, false],
    ]);
    expect(recordTotals(days)).toEqual({
      days: 3,
      pickups: 1,
      dropoffs: 1,
      breakfasts: 2,
      lunches: 2,
      dinners: 2,
      emergencyAddOnDays: 0,
    });
  });

  it('uses the saved facts of a day', () => {
    const note = '夕食は自宅で済ませて来所';
    const days = monthRecordDays(
      [stay('a', '2026-05-10', '2026-05-12')],
      [saved('a', '2026-05-10', { note, daytimeElsewhere: true })],
      DEFAULT_DAY_DEFAULTS,
      '2026-05',
    );
    expect(days[0]).toMatchObject({ pickup: false, note, daytimeElsewhere: true, saved: true });
    expect(recordTotals(days).dinners).toBe(1);
  });

  it('keeps only the month asked for: 3/29–4/2 prints 3 rows in March, 2 in April', () => {
    const stays = [stay('a', '2026-03-29', '2026-04-02')];
    expect(monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-03')).toHaveLength(3);
    const april = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-04');
    expect(april.map((d) => d.status)).toEqual(['stay', 'departure']);
  });

  it('leaves out bookings never checked in, and cancelled or bumped stays', () => {
    const stays = [
      stay('a', '2026-05-01', '2026-05-03', { status: 'confirmed' }),
      stay('b', '2026-05-05', '2026-05-07', { status: 'cancelled' }),
      stay('c', '2026-05-09', '2026-05-11', { status: 'bumped' }),
      stay('d', '2026-05-20', '2026-05-22', { status: 'in_stay' }),
    ];
    const days = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-05');
    expect(days.map((d) => d.stayId)).toEqual(['d', 'd', 'd']);
  });

  it('prints a change of stay on one row, with the arriving stay’s saved facts', () => {
    const stays = [stay('a', '2026-05-01', '2026-05-03'), stay('b', '2026-05-03', '2026-05-05')];
    const unsaved = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-05');
    expect(unsaved).toHaveLength(5);
    expect(unsaved[2]).toMatchObject({
      date: '2026-05-03',
      status: 'stay',
      stayId: 'b',
      pickup: false,
    });
    const withSaved = monthRecordDays(
      stays,
      [saved('a', '2026-05-03', { note: 'A' }), saved('b', '2026-05-03', { note: 'B' })],
      DEFAULT_DAY_DEFAULTS,
      '2026-05',
    );
    expect(withSaved[2]).toMatchObject({ note: 'B', stayId: 'b', saved: true });
  });

  it('marks the first 7 days of an emergency stay across a month end', () => {
    const stays = [stay('e', '2026-03-28', '2026-04-05', { kind: 'emergency' })];
    const march = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-03');
    const april = monthRecordDays(stays, [], DEFAULT_DAY_DEFAULTS, '2026-04');
    expect(recordTotals(march).emergencyAddOnDays).toBe(4);
    expect(april.map((d) => d.emergencyAddOn)).toEqual([true, true, true, false, false]);
  });

  it('prints a same-day departure as one day-use row', () => {
    const days = monthRecordDays(
      [stay('a', '2026-05-10', '2026-05-10')],
      [],
      DEFAULT_DAY_DEFAULTS,
      '2026-05',
    );
    expect(days).toEqual([
      expect.objectContaining({ status: 'day-use', pickup: true, dropoff: true, saved: false }),
    ]);
  });
});
