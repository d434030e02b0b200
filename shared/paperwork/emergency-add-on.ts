/**
 * The 緊急短期入所受入加算 (emergency short-stay acceptance add-on): an emergency stay earns it on
 * its first 7 days of use, and on up to 14 when the manager has recorded the unavoidable reason
 * for the longer stay (`addOnExtension`). Days are counted as everywhere else: the arrival day
 * is the first, the departure day counts.
 */
import { stayDates } from '../domain/dates';
import type { Stay } from '../domain/schemas';

export const EMERGENCY_ADD_ON_DAYS = 7;
export const EMERGENCY_ADD_ON_DAYS_EXTENDED = 14;

type AddOnStay = Pick<Stay, 'kind' | 'start' | 'end' | 'addOnExtension'>;

/** How many days of the stay may earn the add-on: 7, or 14 with the recorded reason. */
export function emergencyAddOnLimit(stay: Pick<Stay, 'addOnExtension'>): number {
  return stay.addOnExtension ? EMERGENCY_ADD_ON_DAYS_EXTENDED : EMERGENCY_ADD_ON_DAYS;
}

/** The dates of the stay that earn the add-on (none for an experience stay). */
export function emergencyAddOnDates(stay: AddOnStay): string[] {
  if (stay.kind !== 'emergency') return [];
  return stayDates(stay.start, stay.end).slice(0, emergencyAddOnLimit(stay));
}

export interface EmergencyAddOnCount {
  /** Days of the stay that earn the add-on, as booked now. */
  days: number;
  /** Of those, the days up to and including today. */
  daysSoFar: number;
  limit: number;
  /** Days of the stay beyond the limit (they earn no add-on). */
  daysBeyond: number;
  extended: boolean;
}

/** The stay panel's count: e.g. 3 of 7 days so far, 2 days beyond. */
export function emergencyAddOnCount(stay: AddOnStay, today: string): EmergencyAddOnCount {
  const dates = emergencyAddOnDates(stay);
  const all = stay.kind === 'emergency' ? stayDates(stay.start, stay.end).length : 0;
  return {
    days: dates.length,
    daysSoFar: dates.filter((d) => d <= today).length,
    limit: emergencyAddOnLimit(stay),
    daysBeyond: all - dates.length,
    extended: stay.addOnExtension !== undefined,
  };
}
