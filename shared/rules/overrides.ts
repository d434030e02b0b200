import type { Violation } from '../domain/schemas';

export type OverridesResult =
  | { ok: true }
  | {
      ok: false;
      /** Codes of `override` violations not named with a non-empty reason. */
      missing: string[];
      /** Violations of severity `error`, which no override can lift. */
      errors: Violation[];
    };

/**
 * The acceptance rule of a booking (docs/rules.md): accepted only when there is no violation of severity
 * `error` and every violation of severity `override` (e.g. EXPERIENCE_ANNUAL_CAP,
 * EXPERIENCE_STAY_LENGTH) is named in `overrides` with a non-empty reason. Warnings never block.
 */
export function overridesSatisfy(
  violations: readonly Violation[],
  overrides: readonly { rule: string; reason: string }[],
): OverridesResult {
  const justified = new Set(overrides.filter((o) => o.reason.trim() !== '').map((o) => o.rule));
  const missing = [
    ...new Set(
      violations
        .filter((v) => v.severity === 'override' && !justified.has(v.code))
        .map((v) => v.code),
    ),
  ];
  const errors = violations.filter((v) => v.severity === 'error');
  return missing.length === 0 && errors.length === 0
    ? { ok: true }
    : { ok: false, missing, errors };
}
