/**
 * The date picker works with `Date` objects at local midnight; the domain with `YYYY-MM-DD`
 * strings. These convert between the two at the edge of the field (docs/conventions.md: dates are
 * strings in the domain, converted with date-fns at the edges), whatever the computer's time
 * zone: only the calendar date travels, never an instant.
 */
import { format, isValid, parse } from 'date-fns';
import { isValidIsoDate } from '../../../../shared/domain/dates';

/**
 * What the field reports while its text is not a whole, real date (typed halfway, or 2026/02/30).
 * It is deliberately not a date, so every schema and `isValidIsoDate` refuse it and the form
 * says "enter a correct date" instead of treating the field as empty.
 */
export const INCOMPLETE_DATE = 'incomplete-date';

const ISO_FORMAT = 'yyyy-MM-dd';

/** `2026-05-12` → that date at local midnight; null for empty or anything not a real date. */
export function pickerValueOf(iso: string): Date | null {
  if (!isValidIsoDate(iso)) return null;
  return parse(iso, ISO_FORMAT, new Date(2000, 0, 1));
}

/** The picker's value → `YYYY-MM-DD`, '' when empty, INCOMPLETE_DATE when not a real date. */
export function isoOfPickerValue(value: Date | null): string {
  if (value === null) return '';
  if (!isValid(value)) return INCOMPLETE_DATE;
  // Years before 1000 or after 9999 cannot be written as YYYY: not a date for the domain.
  const year = value.getFullYear();
  if (year < 1000 || year > 9999) return INCOMPLETE_DATE;
  return format(value, ISO_FORMAT);
}
