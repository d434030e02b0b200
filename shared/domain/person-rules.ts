/**
 * Checks on a person record that a schema alone cannot express: authorisation periods in order
 * and not overlapping each other (codes DATES_OUT_OF_ORDER, AUTHORIZATION_OVERLAP), and a
 * registration reviewed no earlier than it was made (DATES_OUT_OF_ORDER).
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../api/errors';
import type { Person } from './schemas';

type CheckedPerson = Pick<Person, 'authorizations'> & Partial<Pick<Person, 'registration'>>;

function authorizationIssues(authorizations: Person['authorizations']): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  authorizations.forEach((a, i) => {
    if (a.to < a.from) {
      issues.push({
        path: ['authorizations', i, 'to'],
        code: 'DATES_OUT_OF_ORDER',
        message: '支給決定期間の終了日が開始日より前です。',
      });
    }
  });
  const sorted = authorizations
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

function registrationIssues(registration: Person['registration'] | undefined): ValidationIssue[] {
  const { registeredOn, reviewDate } = registration ?? {};
  if (registeredOn && reviewDate && reviewDate < registeredOn) {
    return [
      {
        path: ['registration', 'reviewDate'],
        code: 'DATES_OUT_OF_ORDER',
        message: '見直し日が登録日より前です。',
      },
    ];
  }
  return [];
}

export function personIssues(person: CheckedPerson): ValidationIssue[] {
  return [
    ...authorizationIssues(person.authorizations),
    ...registrationIssues(person.registration),
  ];
}

/**
 * The same checks for a zod `superRefine`, so a form refuses what the service would refuse,
 * under the field concerned. Only the parts present in the value are checked.
 */
export function refineWithPersonIssues(
  value: Partial<Pick<Person, 'authorizations' | 'registration'>>,
  ctx: z.RefinementCtx,
): void {
  const issues = personIssues({
    authorizations: value.authorizations ?? [],
    ...(value.registration ? { registration: value.registration } : {}),
  });
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}
