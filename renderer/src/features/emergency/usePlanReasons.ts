import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { PLAN_REASON_CODES, type PlanReasonCode } from '../../../../shared/planner/reasons';
import { useDateLabels } from '../../common/useDateLabels';

interface Reason {
  code: string;
  details: Record<string, string | number>;
}

function isReasonCode(code: string): code is PlanReasonCode {
  return (PLAN_REASON_CODES as readonly string[]).includes(code);
}

/**
 * The planner's reasons in the UI's language, from their codes and figures (dates in words).
 * A code this screen does not know yet falls back to the planner's Japanese sentence.
 */
export function usePlanReasons(): (
  reasons: readonly Reason[],
  fallback: readonly string[],
) => string[] {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  return (reasons, fallback) =>
    reasons.map((r, i) => {
      if (!isReasonCode(r.code)) return fallback[i] ?? r.code;
      const figures = Object.fromEntries(
        Object.entries(r.details).map(([key, value]) => [
          key,
          typeof value === 'string' && isValidIsoDate(value) ? long(value) : String(value),
        ]),
      );
      return t(`emergency.reasons.${r.code}`, { replace: figures });
    });
}
