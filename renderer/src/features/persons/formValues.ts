/**
 * Form plumbing shared by the record's sections: inputs hold strings, the schema wants
 * `undefined` for "not given", and the service names fields by their path under `person`.
 */
import type { ValidationIssue } from '../../../../shared/api/errors';

/** For `register(name, { setValueAs })`: an empty text field means the value is not given. */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** For number inputs: empty → not given, otherwise the number (the schema refuses NaN). */
export function emptyToNumber(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  return typeof value === 'number' ? value : Number(value);
}

/** `person.contacts.0.phone` and `contacts.0.phone` both name the form field `contacts.0.phone`. */
export function fieldPathOf(issue: Pick<ValidationIssue, 'path'>): string {
  const path = issue.path[0] === 'person' ? issue.path.slice(1) : issue.path;
  return path.join('.');
}
