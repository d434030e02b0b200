import { describe, expect, it } from 'vitest';
import type { Stay } from './schemas';
import {
  changeableDates,
  checkInRefusal,
  checkOutRefusal,
  dateChangeRefusal,
  departureChangeRefusal,
  departureKind,
  undoCheckInRefusal,
} from './stay-lifecycle';

const TODAY = '2026-05-12';
const booking = (over: Partial<Stay> = {}) => ({
  status: 'confirmed' as Stay['status'],
  start: TODAY,
  end: '2026-05-15',
  ...over,
});

describe('checkInRefusal', () => {
  it.each([
    { name: 'allows a confirmed booking on its arrival date', stay: booking(), code: null },
    {
      name: 'allows a tentative booking (the guest came)',
      stay: booking({ status: 'tentative' }),
      code: null,
    },
    {
      name: 'allows a late check-in before the departure date',
      stay: booking({ start: '2026-05-10' }),
      code: null,
    },
    {
      name: 'refuses tomorrow’s arrival, saying when',
      stay: booking({ start: '2026-05-13' }),
      code: 'CHECK_IN_TOO_EARLY',
      details: { start: '2026-05-13' },
    },
    {
      name: 'refuses on the departure date',
      stay: booking({ start: '2026-05-10', end: TODAY }),
      code: 'CHECK_IN_TOO_LATE',
      details: { end: TODAY },
    },
    {
      name: 'refuses a guest already in the facility',
      stay: booking({ status: 'in_stay' }),
      code: 'INVALID_TRANSITION',
      details: { from: 'in_stay', to: 'in_stay' },
    },
    {
      name: 'refuses a cancelled booking',
      stay: booking({ status: 'cancelled' }),
      code: 'INVALID_TRANSITION',
      details: { from: 'cancelled', to: 'in_stay' },
    },
  ])('$name', ({ stay, code, details }) => {
    const refusal = checkInRefusal(stay, TODAY);
    expect(refusal?.code ?? null).toBe(code);
    if (details) expect(refusal?.details).toEqual(details);
  });
});

describe('checkOutRefusal', () => {
  const guest = booking({ status: 'in_stay', start: '2026-05-10', end: '2026-05-15' });
  it.each([
    { name: 'allows today, before the booked end (early)', stay: guest, date: TODAY, code: null },
    {
      name: 'allows an earlier day that was not recorded then',
      stay: guest,
      date: '2026-05-11',
      code: null,
    },
    {
      name: 'allows the arrival date (sent home the day they came)',
      stay: guest,
      date: '2026-05-10',
      code: null,
    },
    {
      name: 'allows the booked departure date when it is today',
      stay: { ...guest, end: TODAY },
      date: TODAY,
      code: null,
    },
    {
      name: 'refuses a departure still to come: that is a change of plan',
      stay: guest,
      date: '2026-05-14',
      code: 'CHECK_OUT_IN_FUTURE',
    },
    {
      name: 'refuses a date before the arrival',
      stay: guest,
      date: '2026-05-09',
      code: 'CHECK_OUT_BEFORE_ARRIVAL',
    },
    {
      name: 'refuses a date after the booked departure (extend first)',
      stay: { ...guest, end: '2026-05-11' },
      date: TODAY,
      code: 'CHECK_OUT_AFTER_END',
    },
    {
      name: 'refuses a booking not checked in',
      stay: booking(),
      date: TODAY,
      code: 'INVALID_TRANSITION',
    },
    {
      name: 'refuses a stay already checked out',
      stay: { ...guest, status: 'completed' as const },
      date: TODAY,
      code: 'INVALID_TRANSITION',
    },
  ])('$name', ({ stay, date, code }) => {
    expect(checkOutRefusal(stay, date, TODAY)?.code ?? null).toBe(code);
  });
});

describe('departureKind', () => {
  it.each([
    { date: '2026-05-15', kind: 'asPlanned' },
    { date: '2026-05-13', kind: 'early' },
    { date: '2026-05-10', kind: 'sameDay' },
  ])('a departure on $date is $kind', ({ date, kind }) => {
    expect(departureKind({ start: '2026-05-10', end: '2026-05-15' }, date)).toBe(kind);
  });
});

describe('undoCheckInRefusal', () => {
  it.each([
    {
      name: 'allows undoing a check-in made today (Japan time)',
      stay: {
        status: 'in_stay' as const,
        checkedIn: { at: '2026-05-12T00:30:00.000+09:00', from: 'confirmed' as const },
      },
      code: null,
    },
    {
      name: 'counts the day in Japan, not in UTC (09:10 JST is the day before in UTC)',
      stay: {
        status: 'in_stay' as const,
        checkedIn: { at: '2026-05-12T00:10:00.000Z', from: 'confirmed' as const },
      },
      code: null,
    },
    {
      name: 'refuses a check-in made yesterday',
      stay: {
        status: 'in_stay' as const,
        checkedIn: { at: '2026-05-11T14:59:00.000Z', from: 'confirmed' as const },
      },
      code: 'CHECK_IN_UNDO_TOO_LATE',
    },
    {
      name: 'refuses a check-in whose time was not recorded',
      stay: { status: 'in_stay' as const },
      code: 'CHECK_IN_UNDO_TOO_LATE',
    },
    {
      name: 'refuses a stay not in the facility',
      stay: {
        status: 'completed' as const,
        checkedIn: { at: '2026-05-12T01:00:00.000Z', from: 'confirmed' as const },
      },
      code: 'INVALID_TRANSITION',
    },
  ])('$name', ({ stay, code }) => {
    expect(undoCheckInRefusal(stay, TODAY)?.code ?? null).toBe(code);
  });
});

describe('departureChangeRefusal', () => {
  const guest = booking({ status: 'in_stay', start: '2026-05-10', end: '2026-05-15' });
  it.each([
    {
      name: 'allows moving a guest’s departure earlier, still ahead',
      stay: guest,
      end: '2026-05-13',
      code: null,
    },
    { name: 'allows moving it to today', stay: guest, end: TODAY, code: null },
    {
      name: 'allows lengthening (the rules check the nights)',
      stay: guest,
      end: '2026-05-20',
      code: null,
    },
    {
      name: 'refuses a departure before today for a guest still here',
      stay: guest,
      end: '2026-05-11',
      code: 'DEPARTURE_IN_PAST',
    },
    {
      name: 'leaves bookings not started to the rules',
      stay: booking({ start: '2026-05-01', end: '2026-05-05' }),
      end: '2026-05-04',
      code: null,
    },
  ])('$name', ({ stay, end, code }) => {
    expect(departureChangeRefusal(stay, end, TODAY)?.code ?? null).toBe(code);
  });
});

describe('changeableDates', () => {
  it.each([
    { status: 'tentative', start: true, end: true },
    { status: 'confirmed', start: true, end: true },
    { status: 'in_stay', start: false, end: true },
    { status: 'completed', start: false, end: false },
    { status: 'cancelled', start: false, end: false },
    { status: 'bumped', start: false, end: false },
  ] as const)('$status: arrival $start, departure $end', ({ status, start, end }) => {
    expect(changeableDates({ status })).toEqual({ start, end });
  });
});

describe('dateChangeRefusal', () => {
  const guest = booking({ status: 'in_stay', start: '2026-05-10', end: '2026-05-15' });
  it.each([
    {
      name: 'allows moving both dates of a booking not started',
      stay: booking({ start: '2026-05-20', end: '2026-05-23' }),
      dates: { start: '2026-05-21', end: '2026-05-25' },
      code: null,
    },
    {
      name: 'allows moving a tentative booking earlier, even to days past (the rules judge)',
      stay: booking({ status: 'tentative' }),
      dates: { start: '2026-05-11', end: '2026-05-14' },
      code: null,
    },
    {
      name: 'refuses a new arrival for a guest in the facility',
      stay: guest,
      dates: { start: '2026-05-11', end: '2026-05-15' },
      code: 'STAY_STARTED',
    },
    {
      name: 'allows a guest’s arrival given unchanged with a new departure',
      stay: guest,
      dates: { start: '2026-05-10', end: '2026-05-18' },
      code: null,
    },
    {
      name: 'refuses a guest’s departure before today (departureChangeRefusal)',
      stay: guest,
      dates: { end: '2026-05-11' },
      code: 'DEPARTURE_IN_PAST',
    },
    {
      name: 'refuses any new date for a stay that has ended',
      stay: booking({ status: 'completed', start: '2026-05-01', end: '2026-05-03' }),
      dates: { end: '2026-05-04' },
      code: 'STAY_CLOSED',
    },
    {
      name: 'refuses a new arrival for a cancelled stay',
      stay: booking({ status: 'cancelled' }),
      dates: { start: '2026-05-13' },
      code: 'STAY_CLOSED',
    },
    {
      name: 'answers nothing when no date changes',
      stay: booking({ status: 'completed' }),
      dates: { start: TODAY, end: '2026-05-15' },
      code: null,
    },
  ])('$name', ({ stay, dates, code }) => {
    expect(dateChangeRefusal(stay, dates, TODAY)?.code ?? null).toBe(code);
  });
});
