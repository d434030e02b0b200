/** The booking rules of docs/rules.md: one file per rule, `checkStay` runs them all. */
export { RULE_CODES, type RuleCode } from './codes';
export type { CheckContext, CheckedDraft } from './context';
export { checkStay } from './check-stay';
export { nightsOverlap, occupiesNights, otherOccupyingStays, sharedNights } from './occupancy';
export { overridesSatisfy, type OverridesResult } from './overrides';
export { usageOf, type ExperienceUsage } from './usage';
