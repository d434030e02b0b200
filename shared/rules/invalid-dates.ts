import { isValidIsoDate } from '../domain/dates';
import type { Violation } from '../domain/schemas';
import type { CheckedDraft } from './context';
import { violation } from './violation';

/** True when both dates exist on the calendar and the stay has at least one night. */
export function hasValidDates(draft: Pick<CheckedDraft, 'start' | 'end'>): boolean {
  return isValidIsoDate(draft.start) && isValidIsoDate(draft.end) && draft.start < draft.end;
}

/**
 * INVALID_DATES (error): a stay needs real dates and `end > start` (at least one night). When
 * this fails, the rules that need dates are not run.
 */
export function checkInvalidDates(draft: CheckedDraft): Violation[] {
  if (hasValidDates(draft)) return [];
  return [violation('INVALID_DATES', 'error', { start: draft.start, end: draft.end })];
}
