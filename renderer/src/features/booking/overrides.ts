import type { Violation } from '../../../../shared/domain/schemas';
import { overridesSatisfy, type OverridesResult } from '../../../../shared/rules/overrides';

/** The overrides to send: every override-severity rule with its trimmed reason. */
export function overridesFrom(
  violations: readonly Violation[],
  reasons: Readonly<Record<string, string>>,
): { rule: string; reason: string }[] {
  return violations
    .filter((v) => v.severity === 'override')
    .map((v) => ({ rule: v.code, reason: (reasons[v.code] ?? '').trim() }));
}

/** The service's own acceptance rule (shared/rules/overrides.ts) applied to the form's reasons. */
export function verdictOf(
  violations: readonly Violation[],
  reasons: Readonly<Record<string, string>>,
): OverridesResult {
  return overridesSatisfy(violations, overridesFrom(violations, reasons));
}
