import { useTranslation } from 'react-i18next';
import { PLAN_REASON_CODES, type PlanReasonCode } from '../../../../shared/planner/reasons';
import { planReasonText } from '../../../../shared/messages/render';
import { languageOf } from '../../api/errors-ja';

interface Reason {
  code: string;
  details: Record<string, string | number>;
}

function isReasonCode(code: string): code is PlanReasonCode {
  return (PLAN_REASON_CODES as readonly string[]).includes(code);
}

/**
 * The planner's reasons in the UI's language, from their codes and figures (the message
 * catalogue's `planReasons`). A code this screen does not know yet falls back to the planner's
 * Japanese sentence.
 */
export function usePlanReasons(): (
  reasons: readonly Reason[],
  fallback: readonly string[],
) => string[] {
  const { t } = useTranslation();
  const language = languageOf(t);
  return (reasons, fallback) =>
    reasons.map((r, i) =>
      isReasonCode(r.code)
        ? planReasonText(language, { code: r.code, details: r.details })
        : (fallback[i] ?? r.code),
    );
}
