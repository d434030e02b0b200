import type { Severity, Violation } from '../domain/schemas';
import type { CheckContext, CheckedDraft } from './context';
import type { RuleCode } from './codes';

/** One rule: every violation of it by the draft, or none. Assumes the draft's dates are valid. */
export type Rule = (draft: CheckedDraft, ctx: CheckContext) => Violation[];

export function violation(
  code: RuleCode,
  severity: Severity,
  message: string,
  details: Record<string, unknown>,
): Violation {
  return { code, severity, message, details };
}
