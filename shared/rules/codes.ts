/**
 * The stable codes of the booking rules (docs/rules.md), in the order `checkStay` reports them.
 * Scripts, the renderer's texts and recorded overrides all match on these strings.
 */
export const RULE_CODES = [
  'INVALID_DATES',
  'BED_NOT_FOUND',
  'BED_INACTIVE',
  'BED_NOT_ALLOWED',
  'EMERGENCY_BED_RESERVED',
  'BED_BLOCKED',
  'BED_OCCUPIED',
  'PERSON_OVERLAP',
  'NOT_REGISTERED',
  'NO_AUTHORIZATION',
  'EXPERIENCE_ANNUAL_CAP',
  'EXPERIENCE_STAY_LENGTH',
  'EMERGENCY_LENGTH',
  'MONTHLY_ALLOWANCE',
  'CONSECUTIVE_DAYS',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
