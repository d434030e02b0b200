import { fail } from '../../shared/api/errors';
import type { Override, Violation } from '../../shared/domain/schemas';
import { spanIssues } from '../../shared/messages/issues';
import { checkStay } from '../../shared/rules/check-stay';
import { overridesSatisfy } from '../../shared/rules/overrides';
import type { CheckedDraft } from '../../shared/rules/context';
import type { ServiceContext } from './context';
import { loadCheckContext } from './check-context';

/**
 * Every way into the rules (check, create, an edit that merges new dates into a stay) passes
 * here: a span over a year is refused before any rule walks its days.
 */
export async function checkDraft(
  ctx: ServiceContext,
  draft: CheckedDraft,
  stayId?: string,
): Promise<Violation[]> {
  const tooLong = spanIssues(draft, 'start', 'end');
  if (tooLong.length > 0) fail('INVALID_INPUT', { issues: tooLong });
  return checkStay(draft, await loadCheckContext(ctx, draft, stayId));
}

export interface Accepted {
  violations: Violation[];
  overrides: Override[];
  warnings: string[];
}

/**
 * Checks a draft and decides whether it may be kept: no error, and every override-severity
 * violation named in `overrides` with a reason. The accepted overrides are stamped with who
 * approved them (the acting staff member, unless an override kept from before already names
 * its approver); reasons for rules that were not violated are dropped.
 */
export async function acceptDraft(
  ctx: ServiceContext,
  draft: CheckedDraft,
  overrides: Override[] = [],
  stayId?: string,
): Promise<Accepted> {
  const violations = await checkDraft(ctx, draft, stayId);
  const verdict = overridesSatisfy(violations, overrides);
  if (!verdict.ok) {
    fail('RULE_VIOLATION', { violations, missingOverrides: verdict.missing });
  }
  const overridden = new Set(
    violations.filter((v) => v.severity === 'override').map((v) => v.code),
  );
  return {
    violations,
    overrides: overrides
      .filter((o) => overridden.has(o.rule))
      .map((o) => ({
        rule: o.rule,
        reason: o.reason.trim(),
        // Overrides kept from before an edit keep who approved them; the input cannot name one.
        approvedBy: o.approvedBy ?? ctx.actor.id,
      })),
    // One code per rule, even when it warns for several months (MONTHLY_ALLOWANCE).
    warnings: [...new Set(violations.filter((v) => v.severity === 'warning').map((v) => v.code))],
  };
}
