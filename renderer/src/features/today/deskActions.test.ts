import { describe, expect, it } from 'vitest';
import type { Stay } from '../../../../shared/domain/schemas';
import {
  departureNeedsConfirming,
  deskActionFor,
  deskDayDate,
  deskDepartureDate,
} from './deskActions';

const TODAY = '2026-05-12';

function stay(over: Partial<Stay>): Stay {
  return {
    id: 's1',
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    start: TODAY,
    end: '2026-05-15',
    status: 'confirmed',
    createdAt: '2026-05-01T00:00:00.000Z',
    overrides: [],
    ...over,
  };
}

const checkedInToday = { at: '2026-05-12T01:00:00.000Z', from: 'confirmed' as const };

describe('deskActionFor', () => {
  it.each([
    {
      name: 'checks in a booking arriving today',
      list: 'arrivalsToday',
      over: {},
      action: 'checkIn',
    },
    {
      name: 'offers to undo a check-in made today',
      list: 'arrivalsToday',
      over: { status: 'in_stay', checkedIn: checkedInToday },
      action: 'undoCheckIn',
    },
    {
      name: 'offers nothing for a check-in of another day',
      list: 'arrivalsToday',
      over: { status: 'in_stay', checkedIn: { ...checkedInToday, at: '2026-05-11T01:00:00.000Z' } },
      action: null,
    },
    {
      name: 'checks out a guest leaving today',
      list: 'departuresToday',
      over: { status: 'in_stay', start: '2026-05-10', end: TODAY },
      action: 'checkOut',
    },
    {
      name: 'offers nothing for a guest already gone',
      list: 'departuresToday',
      over: { status: 'completed', start: '2026-05-10', end: TODAY },
      action: null,
    },
    {
      name: 'checks out a guest in the facility, even one who arrived today',
      list: 'inFacility',
      over: { status: 'in_stay', checkedIn: checkedInToday },
      action: 'checkOut',
    },
    {
      name: 'offers nothing for tomorrow’s arrival',
      list: 'arrivalsTomorrow',
      over: { start: '2026-05-13' },
      action: null,
    },
  ] as const)('$name', ({ list, over, action }) => {
    expect(deskActionFor(list, stay(over), TODAY)).toBe(action);
  });
});

describe('desk check-outs', () => {
  it('record today, or the booked departure when it has passed', () => {
    expect(deskDepartureDate({ end: '2026-05-15' }, TODAY)).toBe(TODAY);
    expect(deskDepartureDate({ end: '2026-05-11' }, TODAY)).toBe('2026-05-11');
  });

  it('ask first when the departure is early or on the day of arrival', () => {
    const guest = { status: 'in_stay' as const };
    expect(
      departureNeedsConfirming(stay({ ...guest, start: '2026-05-10', end: TODAY }), TODAY),
    ).toBeNull();
    expect(departureNeedsConfirming(stay({ ...guest, start: '2026-05-10' }), TODAY)).toBe('early');
    expect(departureNeedsConfirming(stay(guest), TODAY)).toBe('sameDay');
  });
});

describe('deskDayDate', () => {
  it.each([
    ['an arrival today records today', 'arrivalsToday', {}, TODAY],
    [
      'a guest in the facility records today',
      'inFacility',
      { start: '2026-05-10', status: 'in_stay' },
      TODAY,
    ],
    [
      'a departure today records today',
      'departuresToday',
      { start: '2026-05-10', end: TODAY },
      TODAY,
    ],
    [
      'a guest past their departure records that day',
      'inFacility',
      { start: '2026-05-08', end: '2026-05-10', status: 'in_stay' },
      '2026-05-10',
    ],
    ['tomorrow’s arrivals are for reading', 'arrivalsTomorrow', { start: '2026-05-13' }, null],
    ['tomorrow’s departures are for reading', 'departuresTomorrow', { end: '2026-05-13' }, null],
  ] as const)('%s', (_name, list, over, date) => {
    expect(deskDayDate(list, stay(over as Partial<Stay>), TODAY)).toBe(date);
  });
});
