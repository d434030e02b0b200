/**
 * Checks on a person record that a schema alone cannot express: authorisation periods in order
 * and not overlapping each other.
 */
import type { ValidationIssue } from '../api/errors';
import type { Person } from './schemas';

export function personIssues(person: Pick<Person, 'authorizations'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  person.authorizations.forEach((a, i) => {
    if (a.to < a.from) {
      issues.push({
        path: ['authorizations', i, 'to'],
        code: 'DATES_OUT_OF_ORDER',
        message: '支給決定期間の終了日が開始日より前です。',
      });
    }
  });
  const sorted = person.authorizations
    .map((a, i) => ({ ...a, i }))
    .filter((a) => a.from <= a.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    if (cur.from <= prev.to) {
      issues.push({
        path: ['authorizations', cur.i, 'from'],
        code: 'AUTHORIZATION_OVERLAP',
        message: '支給決定期間が他の期間と重なっています。',
      });
    }
  }
  return issues;
}
