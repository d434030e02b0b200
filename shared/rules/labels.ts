import { formatJapaneseDate } from '../domain/dates';
import type { StayKind } from '../domain/schemas';

/** Japanese names of the stay kinds, as they appear in rule messages. */
export const KIND_LABELS: Record<StayKind, string> = {
  emergency: '緊急利用',
  experience: '体験利用',
};

/** `2026年5月12日(火)から2泊` — how a set of nights is named in a message. */
export function describeNights(nights: readonly string[]): string {
  const first = nights[0];
  return first === undefined ? '' : `${formatJapaneseDate(first)}から${nights.length}泊`;
}

/** `2026年5月12日(火)から2日` — how a set of days is named in a message. */
export function describeDays(dates: readonly string[]): string {
  const first = dates[0];
  return first === undefined ? '' : `${formatJapaneseDate(first)}から${dates.length}日`;
}
