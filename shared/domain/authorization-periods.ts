/**
 * Where a date stands against a person's short-stay authorisations (支給決定): which one is
 * current, and whether it runs out soon with no renewal on file, so the desk can chase the city
 * before NO_AUTHORIZATION starts refusing bookings.
 */
import { daysBetween } from './dates';
import type { Authorization } from './schemas';

export const EXPIRING_SOON_DAYS = 60;

export type AuthorizationState = 'current' | 'expired' | 'future';

export function authorizationState(a: Authorization, date: string): AuthorizationState {
  if (a.to < date) return 'expired';
  if (a.from > date) return 'future';
  return 'current';
}

/** The authorisation covering the date (periods do not overlap, so at most one). */
export function currentAuthorization(
  authorizations: readonly Authorization[],
  date: string,
): Authorization | undefined {
  return authorizations.find((a) => authorizationState(a, date) === 'current');
}

/**
 * True when the current authorisation ends within `days` of the date (inclusive) and no later
 * authorisation is on file to follow it.
 */
export function isAuthorizationExpiringSoon(
  authorizations: readonly Authorization[],
  date: string,
  days = EXPIRING_SOON_DAYS,
): boolean {
  const current = currentAuthorization(authorizations, date);
  if (!current) return false;
  if (daysBetween(date, current.to) > days) return false;
  return !authorizations.some((a) => a.from > current.to);
}

/** Newest first: the order the record screen lists them in, history below. */
export function authorizationsNewestFirst(
  authorizations: readonly Authorization[],
): Authorization[] {
  return [...authorizations].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}
