import type { Violation } from '../../../../shared/domain/schemas';

/** The overrides to send: every override-severity rule with its trimmed reason. */
export function overridesFrom(
  violations: readonly Violation[],
  reasons: Readonly<Record<string, string>>,
): { rule: string; reason: string }[] {
  return violations
    .filter((v) => v.severity === 'override')
    .map((v) => ({ rule: v.code, reason: (reasons[v.code] ?? '').trim() }));
}

/** True when every override-severity rule has a reason written. */
export function everyOverrideReasoned(
  violations: readonly Violation[],
  reasons: Readonly<Record<string, string>>,
): boolean {
  return overridesFrom(violations, reasons).every((o) => o.reason !== '');
}
