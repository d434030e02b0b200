import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiCallError } from '../../api/apiCallError';
import { planReasonSchema } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { usePlanReasons } from './usePlanReasons';

const reasonListSchema = z.array(planReasonSchema);

/** The planner's reasons for finding no bed (which beds are held by emergencies or closed). */
function capacityReasons(error: unknown) {
  if (!isApiCallError(error) || error.code !== 'NO_EMERGENCY_CAPACITY') {
    return { explanations: [], reasons: [] };
  }
  const explanations = reasonListSchema.safeParse(error.apiError?.explanations);
  const reasons = error.apiError?.reasons;
  return {
    explanations: explanations.success ? explanations.data : [],
    reasons: Array.isArray(reasons)
      ? reasons.filter((r): r is string => typeof r === 'string')
      : [],
  };
}

/**
 * Why there is no plan, or no commit, in the UI's language, with the planner's reasons when it
 * has them.
 */
export function PlanError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const noCapacity = isApiCallError(error) && error.code === 'NO_EMERGENCY_CAPACITY';
  const reasonsInWords = usePlanReasons();
  const { message, details } = describeApiError(error, t);
  const capacity = capacityReasons(error);
  const lines = noCapacity
    ? capacity.explanations.length > 0
      ? reasonsInWords(capacity.explanations, capacity.reasons)
      : capacity.reasons
    : details;
  return (
    <Alert severity="error" role="alert" data-testid="emergency-error">
      <AlertTitle>{noCapacity ? t('emergency.noCapacityTitle') : message}</AlertTitle>
      {noCapacity && t('emergency.noCapacityHint')}
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
