/**
 * A guest sent home on the day they arrived leaves a stay with `end == start` (completed): one
 * day of use, no night (docs/stays.md). Every rule and count that looks at other stays must
 * read it that way.
 */
import { describe, expect, it } from 'vitest';
import { nightlyCapacity } from '../domain/capacity';
import { nightDates, nightsOf, usedDates } from '../domain/dates';
import { isInFacilityOn } from '../domain/tonight';
import { checkStay } from './check-stay';
import { usageOf } from './usage';
import {
  makeBed,
  makeContext,
  makeDraft,
  makePerson,
  makeStay,
  testSettings,
} from './test-fixtures';

const D = '2026-05-12';
const sentHome = makeStay({ id: 'home', start: D, end: D, status: 'completed' });
const codes = (
  draft: Parameters<typeof makeDraft>[0],
  ctx: Parameters<typeof makeContext>[0] = {},
) => checkStay(makeDraft(draft), makeContext(ctx, [sentHome])).map((v) => v.code);

describe('a same-day departure', () => {
  it('occupies no night and uses one day', () => {
    expect(nightsOf(D, D)).toBe(0);
    expect(nightDates(D, D)).toEqual([]);
    expect(usedDates([sentHome]).size).toBe(1);
  });

  it('leaves its bed free that night for another guest (BED_OCCUPIED)', () => {
    expect(codes({ personId: 'p2', start: D, end: '2026-05-13' })).toEqual([]);
    expect(codes({ personId: 'p2', start: '2026-05-10', end: '2026-05-14' })).toEqual([]);
  });

  it('leaves the bed free in the calendar’s nightly count', () => {
    const [night] = nightlyCapacity([makeBed()], [sentHome], [], [D]);
    expect(night).toMatchObject({ freeBeds: 1, freeEmergencyBeds: 1, noEmergencyBed: false });
  });

  it('is not a night elsewhere for the person: they may be booked from that day (PERSON_OVERLAP)', () => {
    expect(codes({ start: D, end: '2026-05-14' })).toEqual([]);
  });

  it('counts its day towards the annual experience cap, once', () => {
    expect(usageOf([sentHome], 2026, testSettings).experienceDays).toBe(1);
    const again = makeStay({ id: 'again', start: D, end: '2026-05-14' });
    expect(usageOf([sentHome, again], 2026, testSettings).experienceDays).toBe(3);
    const ctx = { settings: { ...testSettings, experienceAnnualCapDays: 3 } };
    // D is already used: booking D..14 adds the 13th and 14th only, within a cap of 3.
    expect(codes({ start: D, end: '2026-05-14' }, ctx)).toEqual([]);
    expect(codes({ start: '2026-05-13', end: '2026-05-16' }, ctx)).toEqual([
      'EXPERIENCE_ANNUAL_CAP',
    ]);
  });

  it('counts its day in the month’s 支給量 (MONTHLY_ALLOWANCE)', () => {
    const person = makePerson({
      authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 3 }],
    });
    // The 12th plus the 20th and 21st make 3 days in May; one more is over.
    expect(codes({ start: '2026-05-20', end: '2026-05-21' }, { person })).toEqual([]);
    expect(codes({ start: '2026-05-20', end: '2026-05-22' }, { person })).toEqual([
      'MONTHLY_ALLOWANCE',
    ]);
  });

  it('joins a run of touching stays (CONSECUTIVE_DAYS)', () => {
    const settings = { ...testSettings, consecutiveDaysLimit: 3 };
    // 10th–12th then the same-day stay on the 12th: a run of 3 days, within the limit.
    expect(codes({ start: '2026-05-10', end: D }, { settings })).toEqual([]);
    expect(codes({ start: '2026-05-09', end: D }, { settings })).toEqual(['CONSECUTIVE_DAYS']);
  });

  it('is a day the guest was in the facility, for that day’s records', () => {
    expect(isInFacilityOn(sentHome, D)).toBe(true);
    expect(isInFacilityOn(sentHome, '2026-05-13')).toBe(false);
  });

  it('cannot be booked: a booking still needs a night (INVALID_DATES)', () => {
    expect(codes({ personId: 'p2', start: D, end: D })).toEqual(['INVALID_DATES']);
  });
});
