/**
 * Why 予約する is greyed out, in the order the desk would fix things: who, which bed, the dates,
 * then what the server's check found. The dialog says each in words beside the button, so a
 * disabled button never leaves the desk guessing (issue: end before start said nothing).
 */
import { isValidIsoDate } from '../../../../shared/domain/dates';
import type { Violation } from '../../../../shared/domain/schemas';
import { verdictOf } from './overrides';

export type SaveBlocker =
  | { kind: 'personRequired' }
  | { kind: 'bedRequired' }
  | { kind: 'startInvalid' }
  | { kind: 'endInvalid' }
  | { kind: 'endAfterStart' }
  | { kind: 'checking' }
  | { kind: 'checkFailed' }
  /** The first rule that forbids the booking, and how many more there are. */
  | { kind: 'ruleError'; violation: Violation; more: number }
  /** Rules that allow the booking only with a written reason, still without one. */
  | { kind: 'reasonRequired'; rules: string[] };

export interface SaveBlockerInput {
  hasPerson: boolean;
  bedId: string;
  start: string;
  end: string;
  check: { isCurrent: boolean; isError: boolean };
  violations: readonly Violation[];
  reasons: Readonly<Record<string, string>>;
}

/** Everything that stops the booking from being saved now; empty when it can be saved. */
export function saveBlockers(input: SaveBlockerInput): SaveBlocker[] {
  const blockers: SaveBlocker[] = [];
  if (!input.hasPerson) blockers.push({ kind: 'personRequired' });
  if (input.bedId === '') blockers.push({ kind: 'bedRequired' });
  const startValid = isValidIsoDate(input.start);
  const endValid = isValidIsoDate(input.end);
  if (!startValid) blockers.push({ kind: 'startInvalid' });
  if (!endValid) blockers.push({ kind: 'endInvalid' });
  if (startValid && endValid && input.end <= input.start) blockers.push({ kind: 'endAfterStart' });
  // The server is asked only about a whole draft; until then its verdict is not the question.
  if (blockers.length > 0) return blockers;

  if (input.check.isError) return [{ kind: 'checkFailed' }];
  if (!input.check.isCurrent) return [{ kind: 'checking' }];
  const errors = input.violations.filter((v) => v.severity === 'error');
  const [first] = errors;
  if (first) return [{ kind: 'ruleError', violation: first, more: errors.length - 1 }];
  const verdict = verdictOf(input.violations, input.reasons);
  return verdict.ok ? [] : [{ kind: 'reasonRequired', rules: verdict.missing }];
}
