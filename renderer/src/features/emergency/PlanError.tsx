import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/apiCallError';
import { describeApiError } from '../../api/errors-ja';

/** The planner's reasons for finding no bed (which beds are held by emergencies or closed). */
function capacityReasons(error: unknown): string[] {
  if (!isApiCallError(error) || error.code !== 'NO_EMERGENCY_CAPACITY') return [];
  const reasons = error.apiError?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [];
}

/** Why there is no plan, or no commit: in Japanese, with the planner's reasons when it has them. */
export function PlanError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const noCapacity = isApiCallError(error) && error.code === 'NO_EMERGENCY_CAPACITY';
  const { message, details } = describeApiError(error, t);
  const lines = noCapacity ? capacityReasons(error) : details;
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
