import type { Violation } from '../domain/schemas';
import { checkBedAvailable } from './bed-available';
import { checkBedBlocked } from './bed-blocked';
import { checkBedNotAllowed } from './bed-not-allowed';
import { checkBedOccupied } from './bed-occupied';
import { checkConsecutiveDays } from './consecutive-days';
import { checkEmergencyBedReserved } from './emergency-bed-reserved';
import type { CheckContext, CheckedDraft } from './context';
import { checkExperienceAnnualCap } from './experience-annual-cap';
import { checkInvalidDates } from './invalid-dates';
import { checkMonthlyAllowance } from './monthly-allowance';
import { checkNoAuthorization } from './no-authorization';
import { checkNotRegistered } from './not-registered';
import { checkPersonOverlap } from './person-overlap';
import { checkEmergencyLength, checkExperienceStayLength } from './stay-length';
import type { Rule } from './violation';

/** Every rule, in the order of `RULE_CODES`; `dated` rules need valid dates to run. */
const RULES: readonly { rule: Rule; dated: boolean }[] = [
  { rule: checkBedAvailable, dated: false },
  { rule: checkBedNotAllowed, dated: false },
  { rule: checkEmergencyBedReserved, dated: false },
  { rule: checkBedBlocked, dated: true },
  { rule: checkBedOccupied, dated: true },
  { rule: checkPersonOverlap, dated: true },
  { rule: checkNotRegistered, dated: false },
  { rule: checkNoAuthorization, dated: true },
  { rule: checkExperienceAnnualCap, dated: true },
  { rule: checkExperienceStayLength, dated: true },
  { rule: checkEmergencyLength, dated: true },
  { rule: checkMonthlyAllowance, dated: true },
  { rule: checkConsecutiveDays, dated: true },
];

/**
 * Checks a booking against every rule of docs/rules.md and returns all violations at once, in
 * the order of `RULE_CODES` (INVALID_DATES, BED_NOT_FOUND, BED_INACTIVE, BED_NOT_ALLOWED,
 * EMERGENCY_BED_RESERVED, BED_BLOCKED, BED_OCCUPIED, PERSON_OVERLAP, NOT_REGISTERED, NO_AUTHORIZATION,
 * EXPERIENCE_ANNUAL_CAP, EXPERIENCE_STAY_LENGTH, EMERGENCY_LENGTH, MONTHLY_ALLOWANCE,
 * CONSECUTIVE_DAYS). With invalid dates only the rules that do not look at dates run besides
 * INVALID_DATES. Stays in the context that belong to another bed or person, are cancelled or
 * bumped, or are the edited stay (`ctx.stayId`) are ignored.
 */
export function checkStay(draft: CheckedDraft, ctx: CheckContext): Violation[] {
  const violations = checkInvalidDates(draft);
  const datesValid = violations.length === 0;
  for (const { rule, dated } of RULES) {
    if (datesValid || !dated) violations.push(...rule(draft, ctx));
  }
  return violations;
}
