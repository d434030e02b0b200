/**
 * Rules for training records (the evidence of what a guest practised during a stay).
 */
import type { ValidationIssue } from '../api/errors';
import { issue } from '../messages/issues';
import { DEFAULT_TRAINING_DOMAINS, type Settings, type Stay, type TrainingRecord } from './schemas';

/** The domains a facility records: the five defaults, then the ones it added in settings. */
export function trainingDomains(settings: Pick<Settings, 'extraTrainingDomains'>): string[] {
  return [...DEFAULT_TRAINING_DOMAINS, ...settings.extraTrainingDomains.map((d) => d.id)];
}

/**
 * A record must fall on a date of its stay (arrival through departure) and name a known domain.
 * A cancelled or bumped stay keeps the records it has but takes no new ones.
 */
export function trainingRecordIssues(
  record: Pick<TrainingRecord, 'date' | 'domain'>,
  stay: Pick<Stay, 'start' | 'end' | 'status'>,
  domains: readonly string[],
  isNew: boolean,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (record.date < stay.start || record.date > stay.end) {
    issues.push(
      issue('DATE_OUTSIDE_STAY', ['record', 'date'], { start: stay.start, end: stay.end }),
    );
  }
  if (!domains.includes(record.domain)) {
    issues.push(issue('UNKNOWN_DOMAIN', ['record', 'domain']));
  }
  if (isNew && (stay.status === 'cancelled' || stay.status === 'bumped')) {
    issues.push(issue('STAY_NOT_HELD', ['record', 'stayId']));
  }
  return issues;
}

/** Records sorted by date, then by the facility's domain order. */
export function sortTrainingRecords(
  records: TrainingRecord[],
  domains: readonly string[],
): TrainingRecord[] {
  const rank = (d: string) => {
    const i = domains.indexOf(d);
    return i === -1 ? domains.length : i;
  };
  return [...records].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : rank(a.domain) - rank(b.domain),
  );
}

/** First and last recorded level per domain, by date: the progress line of the printed summary. */
export function progressByDomain(
  records: readonly TrainingRecord[],
): Record<string, { first: TrainingRecord['level']; last: TrainingRecord['level'] }> {
  const progress: Record<
    string,
    { first: TrainingRecord['level']; last: TrainingRecord['level'] }
  > = {};
  const byDate = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const r of byDate) {
    const seen = progress[r.domain];
    progress[r.domain] = { first: seen?.first ?? r.level, last: r.level };
  }
  return progress;
}
