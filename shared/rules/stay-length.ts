import { daysBetween } from '../domain/dates';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * EXPERIENCE_STAY_LENGTH (override): an experience stay uses more days (start..end inclusive)
 * than `experienceMaxDaysPerStay` (one week in principle).
 */
export const checkExperienceStayLength: Rule = (draft, ctx) => {
  if (draft.kind !== 'experience') return [];
  const days = daysBetween(draft.start, draft.end) + 1;
  const max = ctx.settings.experienceMaxDaysPerStay;
  if (days <= max) return [];
  return [violation('EXPERIENCE_STAY_LENGTH', 'override', { days, max })];
};

/**
 * EMERGENCY_LENGTH (warning): an emergency stay uses more days (start..end inclusive) than the
 * paid emergency period `emergencyMaxDays`.
 */
export const checkEmergencyLength: Rule = (draft, ctx) => {
  if (draft.kind !== 'emergency') return [];
  const days = daysBetween(draft.start, draft.end) + 1;
  const max = ctx.settings.emergencyMaxDays;
  if (days <= max) return [];
  return [violation('EMERGENCY_LENGTH', 'warning', { days, max })];
};
