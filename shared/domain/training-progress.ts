/**
 * Progress per domain, as the stay record view and the person's history show it: the support
 * level over time (1 自立 is best, 4 全介助 the most help), summarised per stay.
 */
import type { SupportLevel, TrainingRecord } from './schemas';

export interface DomainLevels {
  first: SupportLevel;
  last: SupportLevel;
  /** Mean level, rounded to one decimal. */
  average: number;
  /** Dates recorded. */
  days: number;
}

/** First, last and average level per domain of one stay's records, ordered by date. */
export function levelsByDomain(records: readonly TrainingRecord[]): Record<string, DomainLevels> {
  const byDomain = new Map<string, TrainingRecord[]>();
  const sorted = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const r of sorted) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r]);
  const result: Record<string, DomainLevels> = {};
  for (const [domain, list] of byDomain) {
    const sum = list.reduce((total, r) => total + r.level, 0);
    result[domain] = {
      first: list[0]!.level,
      last: list[list.length - 1]!.level,
      average: Math.round((sum / list.length) * 10) / 10,
      days: list.length,
    };
  }
  return result;
}
