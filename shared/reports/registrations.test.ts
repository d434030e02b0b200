import { describe, expect, it } from 'vitest';
import { makePerson } from '../rules/test-fixtures';
import { registrationCounts } from './registrations';

describe('registration counts', () => {
  it('counts registered, new in the year, pending and ended', () => {
    const persons = [
      makePerson({ registration: { status: 'registered', registeredOn: '2020-04-01' } }),
      makePerson({ registration: { status: 'registered', registeredOn: '2026-06-01' } }),
      makePerson({ registration: { status: 'registered' } }),
      // Registered after the year: not yet counted in it.
      makePerson({ registration: { status: 'registered', registeredOn: '2027-05-01' } }),
      makePerson({ registration: { status: 'pending' } }),
      makePerson({ registration: { status: 'ended', registeredOn: '2026-05-01' } }),
    ];
    expect(registrationCounts(persons, '2026-04-01', '2027-03-31')).toEqual({
      registered: 3,
      newInPeriod: 2,
      pending: 1,
      ended: 1,
    });
  });
});
