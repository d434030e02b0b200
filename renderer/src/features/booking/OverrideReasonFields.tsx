import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../shared/domain/schemas';
import { violationMessage } from '../../api/errors-ja';

interface OverrideReasonFieldsProps {
  /** Violations of severity `override`: each needs a written reason to be kept. */
  violations: readonly Violation[];
  reasons: Readonly<Record<string, string>>;
  onChange: (rule: string, reason: string) => void;
}

/** One reason field per rule to override, headed by the rule's message and its figures. */
export function OverrideReasonFields({ violations, reasons, onChange }: OverrideReasonFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      {violations.map((v) => (
        <TextField
          key={v.code}
          required
          multiline
          minRows={2}
          label={t('booking.overrideReason', {
            rule: t(`booking.rules.${v.code}`, { defaultValue: v.code }),
          })}
          helperText={violationMessage(v, t)}
          value={reasons[v.code] ?? ''}
          onChange={(event) => onChange(v.code, event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': `override-reason-${v.code}`, maxLength: 500 } }}
        />
      ))}
    </Stack>
  );
}
