/**
 * Checks on a person record that a schema alone cannot express: authorisation periods in order
 * and not overlapping each other (codes DATES_OUT_OF_ORDER, AUTHORIZATION_OVERLAP), and a
 * registration reviewed no earlier than it was made (DATES_OUT_OF_ORDER).
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../api/errors';
import { addIssue, issue } from '../messages/issues';
import type { Person } from './schemas';

type CheckedPerson = Pick<Person, 'authorizations'> & Partial<Pick<Person, 'registration'>>;

function authorizationIssues(authorizations: Person['authorizations']): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  authorizations.forEach((a, i) => {
    if (a.to < a.from) {
      issues.push(issue('DATES_OUT_OF_ORDER', ['authorizations', i, 'to']));
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
      issues.push(issue('AUTHORIZATION_OVERLAP', ['authorizations', cur.i, 'from']));
    }
  }
  return issues;
}

function registrationIssues(registration: Person['registration'] | undefined): ValidationIssue[] {
  const { registeredOn, reviewDate } = registration ?? {};
  if (registeredOn && reviewDate && reviewDate < registeredOn) {
    return [issue('DATES_OUT_OF_ORDER', ['registration', 'reviewDate'])];
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
  for (const found of issues) addIssue(ctx, found);
}
