/**
 * Why a plan is what it is, as codes with their figures. The message catalogue words them
 * (`planReasons` in shared/messages/): the screens in the UI's language, and `reasonText` in the
 * Japanese that `EmergencyPlan.reasons` carries for scripts and for the audit of what the desk
 * was shown.
 */
import { planReasonText } from '../messages/render';

export const PLAN_REASON_CODES = [
  'FREE_RESERVED_BED',
  'FREE_BED',
  'NOTHING_DISPLACED',
  'NO_FREE_BED',
  'USES_BED',
  'BUMPS',
  'BUMPS_NEWEST',
  'SHORTENS',
  'CUTS_SHORT',
  'BUMPS_ARRIVED_SAME_DAY',
  'CHOSEN_GUESTS_CUT_SHORT',
  'CHOSEN_BOOKINGS_BUMPED',
  'CHOSEN_DAYS_DISPLACED',
  'CHOSEN_NEWEST_BOOKING',
  'CHOSEN_BED_ORDER',
  'ONLY_CANDIDATE',
  'OFFERS_READY',
  'OFFERS_MISSING',
  'NO_CAPACITY',
  'BED_INACTIVE',
  'BED_NO_EMERGENCY',
  'BED_CLOSED',
  'BED_HELD',
] as const;

export type PlanReasonCode = (typeof PLAN_REASON_CODES)[number];

/** One reason: a code and its figures (bed names, counts, dates as `YYYY-MM-DD`). */
export interface PlanReason {
  code: PlanReasonCode;
  details: Record<string, string | number>;
}

export function reason(
  code: PlanReasonCode,
  details: Record<string, string | number> = {},
): PlanReason {
  return { code, details };
}

/** The reason as the Japanese sentence of `EmergencyPlan.reasons` (the message catalogue's). */
export function reasonText(r: PlanReason): string {
  return planReasonText('ja', r);
}
