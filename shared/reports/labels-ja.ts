/**
 * The Japanese words of the exported files (CSV) and other text produced outside the renderer.
 * Files go to the city and the 拠点 in Japanese whatever the screen's language, as the printed
 * papers do; the screens word the same codes through i18n.
 */
import type { DayStatus } from '../domain/day-facts-schema';
import type { EmergencyReason, EmergencyRequester } from '../domain/emergency-intake';
import type { RegistrationStatus } from '../domain/schemas';
import type { DisplacementEffect, DisplacementOutcome } from './emergency-log';

export const DAY_STATUS_JA: Record<DayStatus, string> = {
  arrival: '入所',
  stay: '滞在',
  departure: '退所',
  'day-use': '日帰り',
};

export const EMERGENCY_REASON_JA: Record<EmergencyReason, string> = {
  'carer-illness': '介護者の急病・入院',
  'family-event': '冠婚葬祭',
  'condition-change': '本人の状態の変化',
  protection: '虐待・緊急保護',
  other: 'その他',
};

export const EMERGENCY_REQUESTER_JA: Record<EmergencyRequester, string> = {
  family: '家族',
  'consultation-office': '相談支援事業所',
  city: '市町村',
  medical: '医療機関',
  police: '警察',
  other: 'その他',
};

export const DISPLACEMENT_EFFECT_JA: Record<DisplacementEffect, string> = {
  bumped: '延期',
  cutShort: '途中退所',
  shortened: '短縮',
};

export const DISPLACEMENT_OUTCOME_JA: Record<DisplacementOutcome, string> = {
  waiting: '連絡待ち',
  contacted: '連絡済',
  rebooked: '再予約済',
  leftEarly: '退所済',
  endsEarlier: '短縮済',
};

export const REGISTRATION_STATUS_JA: Record<RegistrationStatus, string> = {
  registered: '登録済',
  pending: '要登録',
  ended: '登録終了',
};

export const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
