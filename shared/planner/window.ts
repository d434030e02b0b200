import { addDays } from '../domain/dates';
import type { Settings } from '../domain/schemas';
import type { EmergencyRequest } from './snapshot';

/** Reschedule offers start within the next eight weeks (docs/rules.md, emergency priority 5). */
export const OFFER_HORIZON_DAYS = 56;
/** At most this many reschedule offers per bumped stay. */
export const MAX_OFFERS = 3;
/** Longest bumped stay, in nights, whose offers are sure to fit the loaded window. */
export const OFFER_STAY_MARGIN_DAYS = 31;

/**
 * The dates (inclusive) of the stays and blocks the caller must load to plan an emergency: the
 * emergency's own nights, and room for reschedule offers starting up to eight weeks later and
 * lasting up to `max(31, experienceMaxDaysPerStay)` days. Offers that would reach past the
 * window (a bumped stay longer than that margin, which only an override allows) are not made;
 * neither are offers before `request.start` (only relevant for an emergency booked for a later
 * date than tomorrow). Persons' stays are loaded separately, per person.
 */
export function planWindow(
  request: Pick<EmergencyRequest, 'start' | 'end'>,
  settings: Pick<Settings, 'experienceMaxDaysPerStay'>,
): { from: string; to: string } {
  const margin = Math.max(OFFER_STAY_MARGIN_DAYS, settings.experienceMaxDaysPerStay);
  return { from: request.start, to: addDays(request.end, OFFER_HORIZON_DAYS + margin) };
}
