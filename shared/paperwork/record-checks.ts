/**
 * What looks wrong on a 実績記録票 before it is printed, so the desk can put it right first:
 * more days than the month's 支給量, a day with no meal, a guest still 滞在中 after their
 * departure date, a booking in the month that was never checked in (its days are not on the
 * paper), and the numbers the paper cannot do without. Each finding is a code with its figures;
 * the screen words them (i18n `records.checks.<code>`).
 */
import { monthRange } from './days-of-use';
import type { RecordDay } from './month-record';
import type { Person, Stay } from '../domain/schemas';
import { allowanceFor } from '../rules/monthly-allowance';
import { stayDates } from '../domain/dates';
import { mealCount } from './day-facts';

export const RECORD_CHECK_CODES = [
  'OVER_MONTHLY_ALLOWANCE',
  'NO_MEALS',
  'IN_STAY_PAST_END',
  'NOT_CHECKED_IN',
  'NO_CERTIFICATE_NUMBER',
  'NO_PROVIDER_NUMBER',
] as const;
export type RecordCheckCode = (typeof RECORD_CHECK_CODES)[number];

export interface RecordCheck {
  code: RecordCheckCode;
  details: Record<string, string | number>;
}

/** The 支給量 (days per month) of the authorisation that covers the month, if one sets it. */
export function monthlyAllowance(person: Pick<Person, 'authorizations'>, month: string) {
  const { from, to } = monthRange(month);
  return allowanceFor(person.authorizations, stayDates(from, to))?.daysPerMonth ?? null;
}

export function recordChecks(input: {
  person: Pick<Person, 'authorizations' | 'certificateNumber'>;
  providerNumber: string;
  personStays: readonly Stay[];
  days: readonly RecordDay[];
  month: string;
  today: string;
}): RecordCheck[] {
  const { person, days, month, today } = input;
  const checks: RecordCheck[] = [];
  if (input.providerNumber === '') checks.push({ code: 'NO_PROVIDER_NUMBER', details: {} });
  if (!person.certificateNumber) checks.push({ code: 'NO_CERTIFICATE_NUMBER', details: {} });
  const allowance = monthlyAllowance(person, month);
  if (allowance !== null && days.length > allowance) {
    checks.push({ code: 'OVER_MONTHLY_ALLOWANCE', details: { days: days.length, allowance } });
  }
  for (const day of days) {
    if (mealCount(day) === 0) checks.push({ code: 'NO_MEALS', details: { date: day.date } });
  }
  const { from, to } = monthRange(month);
  for (const stay of input.personStays) {
    if (stay.start > to || stay.end < from) continue;
    if (stay.status === 'in_stay' && stay.end < today) {
      checks.push({ code: 'IN_STAY_PAST_END', details: { end: stay.end } });
    }
    if ((stay.status === 'confirmed' || stay.status === 'tentative') && stay.start < today) {
      checks.push({ code: 'NOT_CHECKED_IN', details: { start: stay.start } });
    }
  }
  return checks;
}
