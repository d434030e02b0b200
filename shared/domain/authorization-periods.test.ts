import { describe, expect, it } from 'vitest';
import {
  authorizationState,
  authorizationsNewestFirst,
  currentAuthorization,
  isAuthorizationExpiringSoon,
} from './authorization-periods';

const lastYear = { from: '2025-04-01', to: '2026-03-31', daysPerMonth: 10 };
const thisYear = { from: '2026-04-01', to: '2027-03-31', daysPerMonth: 15 };
const nextYear = { from: '2027-04-01', to: '2028-03-31' };

describe('authorizationState', () => {
  it.each([
    ['counts the first day as current', '2026-04-01', 'current'],
    ['counts the last day as current', '2027-03-31', 'current'],
    ['calls the day after the last one expired', '2027-04-01', 'expired'],
    ['calls the day before the first one future', '2026-03-31', 'future'],
  ])('%s', (_name, date, state) => {
    expect(authorizationState(thisYear, date)).toBe(state);
  });
});

describe('currentAuthorization', () => {
  it('finds the period covering the date', () => {
    expect(currentAuthorization([lastYear, thisYear], '2026-05-12')).toBe(thisYear);
  });
  it('finds none between periods', () => {
    expect(currentAuthorization([lastYear], '2026-05-12')).toBeUndefined();
  });
});

describe('isAuthorizationExpiringSoon', () => {
  it.each([
    ['is true 60 days before the end', [thisYear], '2027-01-30', true],
    ['is false 61 days before the end', [thisYear], '2027-01-29', false],
    ['is true on the last day', [thisYear], '2027-03-31', true],
    ['is false when a renewal is already on file', [thisYear, nextYear], '2027-03-01', false],
    ['is false with no current authorisation', [lastYear], '2026-05-12', false],
  ])('%s', (_name, authorizations, date, expected) => {
    expect(isAuthorizationExpiringSoon(authorizations, date)).toBe(expected);
  });
});

describe('authorizationsNewestFirst', () => {
  it('lists the latest period first without changing the input', () => {
    const input = [lastYear, nextYear, thisYear];
    expect(authorizationsNewestFirst(input)).toEqual([nextYear, thisYear, lastYear]);
    expect(input[0]).toBe(lastYear);
  });
});
