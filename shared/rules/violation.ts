import type { Severity, Violation } from '../domain/schemas';
import { violationText } from '../messages/render';
import type { CheckContext, CheckedDraft } from './context';
import type { RuleCode } from './codes';

/** One rule: every violation of it by the draft, or none. Assumes the draft's dates are valid. */
export type Rule = (draft: CheckedDraft, ctx: CheckContext) => Violation[];

/**
 * A violation with the figures behind it. Its `message` is the rule's Japanese sentence from the
 * message catalogue (shared/messages/ja.ts); a screen in another language renders its own from
 * the code, severity and details, so the details must hold every figure the sentence shows.
 */
export function violation(
  code: RuleCode,
  severity: Severity,
  details: Record<string, unknown>,
): Violation {
  return { code, severity, message: violationText('ja', { code, severity, details }), details };
}

/** The nights concerned, and the first night with their count (what the sentence shows). */
export function nightSpan(nights: readonly string[]): {
  nights: string[];
  from: string | undefined;
  nightCount: number;
} {
  return { nights: [...nights], from: nights[0], nightCount: nights.length };
}
