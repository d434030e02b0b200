import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Severity, Violation } from '../../../../shared/domain/schemas';
import { violationMessage } from '../../api/errors-ja';

const ALERT_SEVERITY = { error: 'error', override: 'warning', warning: 'info' } as const;
const ORDER: readonly Severity[] = ['error', 'override', 'warning'];

/**
 * The result of a booking check in words: what blocks saving, what needs a written reason (the
 * rule's own message carries the figures), and what is only noted. Override reasons are asked
 * for separately (OverrideReasonFields).
 */
export function ViolationList({ violations }: { violations: readonly Violation[] }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} data-testid="violations" aria-live="polite">
      {ORDER.map((severity) => {
        const list = violations.filter((v) => v.severity === severity);
        if (list.length === 0) return null;
        return (
          <Alert
            key={severity}
            severity={ALERT_SEVERITY[severity]}
            data-testid={`violations-${severity}`}
          >
            <AlertTitle>{t(`booking.severity.${severity}`)}</AlertTitle>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {list.map((v) => (
                <li key={v.code} data-code={v.code}>
                  {violationMessage(v, t)}
                </li>
              ))}
            </ul>
          </Alert>
        );
      })}
    </Stack>
  );
}
