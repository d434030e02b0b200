/**
 * Why a plan is what it is, as codes with their figures: the screens put them into words in the
 * UI's language (i18n `emergency.reasons.<code>`), and `reasonText` gives the Japanese sentence
 * that `EmergencyPlan.reasons` carries for scripts and for the audit of what the desk was shown.
 */
import { formatJapaneseDate } from '../domain/dates';

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

const date = (value: string | number | undefined) => formatJapaneseDate(String(value));

const JAPANESE: Record<PlanReasonCode, (d: PlanReason['details']) => string> = {
  FREE_RESERVED_BED: (d) => `緊急用ベッド${d.bed}が空いています`,
  FREE_BED: (d) => `ベッド${d.bed}が空いています`,
  NOTHING_DISPLACED: () => '延期・短縮する予約はありません',
  NO_FREE_BED: () => '空いている緊急受入可能なベッドがありません',
  USES_BED: (d) => `ベッド${d.bed}を使います`,
  BUMPS: (d) => `体験利用${d.count}件を延期します`,
  BUMPS_NEWEST: (d) => `体験利用${d.count}件を延期します（最も新しい予約）`,
  SHORTENS: (d) =>
    `緊急受入の前から始まる体験利用${d.count}件は、延期せず${date(d.date)}に退所するよう短縮します（それまでの夜はそのまま利用できます）`,
  CUTS_SHORT: (d) => `利用中の体験利用者${d.count}名の退所日を${date(d.date)}に早めます`,
  BUMPS_ARRIVED_SAME_DAY: (d) =>
    `緊急受入の開始日に到着した体験利用者${d.count}名の利用を延期します`,
  CHOSEN_GUESTS_CUT_SHORT: () => '利用中の方への影響が最も少ないベッドです',
  CHOSEN_BOOKINGS_BUMPED: () => '延期する予約が最も少ないベッドです',
  CHOSEN_DAYS_DISPLACED: () => '延期・短縮する体験利用の日数が最も少ないベッドです',
  CHOSEN_NEWEST_BOOKING: () => '最も新しく入った予約を延期します（後から入った予約から延期）',
  CHOSEN_BED_ORDER: () => 'ほかの条件が同じため、ベッドの並び順で選びました',
  ONLY_CANDIDATE: () => 'ほかに候補となるベッドはありません',
  OFFERS_READY: () => '延期する予約ごとに、8週間以内の振替候補を用意しました',
  OFFERS_MISSING: (d) => `8週間以内に振替候補が見つからない予約が${d.count}件あります`,
  NO_CAPACITY: () =>
    '緊急受入できるベッドがありません（どのベッドも緊急利用・休止・対象外のいずれかです）',
  BED_INACTIVE: (d) => `ベッド${d.bed}は使われていません`,
  BED_NO_EMERGENCY: (d) => `ベッド${d.bed}は緊急利用に使えません`,
  BED_CLOSED: (d) => `ベッド${d.bed}は休止中です`,
  BED_HELD: (d) => `ベッド${d.bed}は緊急利用または利用済みの記録で埋まっています`,
};

/** The reason as the Japanese sentence of `EmergencyPlan.reasons`. */
export function reasonText(r: PlanReason): string {
  return JAPANESE[r.code](r.details);
}
