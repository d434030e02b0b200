import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  EMERGENCY_REASONS,
  EMERGENCY_REQUESTERS,
  type EmergencyReason,
  type EmergencyRequester,
} from '../../../../shared/domain/emergency-intake';
import { DateField } from '../../common/dates/DateField';
import type { IntakeDraft, IntakeProblem } from './intakeForm';

interface IntakeFieldsProps {
  value: IntakeDraft;
  onChange: (next: IntakeDraft) => void;
  /** What still has to be put right, shown under the fields; null when nothing. */
  problem: IntakeProblem | null;
  disabled?: boolean;
}

/** Why the person must come, who asked, and when the request came (緊急受入の記録). */
export function IntakeFields({ value, onChange, problem, disabled }: IntakeFieldsProps) {
  const { t } = useTranslation();
  const set = (change: Partial<IntakeDraft>) => onChange({ ...value, ...change });
  return (
    <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('emergency.intake.title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          required
          size="small"
          label={t('emergency.intake.reason')}
          value={value.reason}
          disabled={disabled}
          onChange={(e) => set({ reason: e.target.value as EmergencyReason })}
          sx={{ minWidth: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'intake-reason' } }}
        >
          {EMERGENCY_REASONS.map((reason) => (
            <MenuItem key={reason} value={reason} data-testid={`intake-reason-${reason}`}>
              {t(`emergency.intake.reasons.${reason}`)}
            </MenuItem>
          ))}
        </TextField>
        {value.reason === 'other' && (
          <TextField
            required
            size="small"
            fullWidth
            label={t('emergency.intake.reasonText')}
            value={value.reasonText}
            disabled={disabled}
            onChange={(e) => set({ reasonText: e.target.value })}
            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'intake-reason-text' } }}
          />
        )}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          required
          size="small"
          label={t('emergency.intake.requestedBy')}
          value={value.requestedBy}
          disabled={disabled}
          onChange={(e) => set({ requestedBy: e.target.value as EmergencyRequester })}
          sx={{ minWidth: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'intake-requested-by' } }}
        >
          {EMERGENCY_REQUESTERS.map((who) => (
            <MenuItem key={who} value={who} data-testid={`intake-requested-by-${who}`}>
              {t(`emergency.intake.requesters.${who}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          fullWidth
          label={t('emergency.intake.requestedByText')}
          value={value.requestedByText}
          disabled={disabled}
          onChange={(e) => set({ requestedByText: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'intake-requested-by-text' } }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <DateField
          size="small"
          label={t('emergency.intake.requestedAt')}
          value={value.date}
          onChange={(date) => set({ date })}
          disabled={disabled}
          testId="intake-date"
        />
        <TextField
          size="small"
          label={t('emergency.intake.requestedTime')}
          value={value.time}
          disabled={disabled}
          error={problem === 'timeInvalid' || problem === 'future'}
          onChange={(e) => set({ time: e.target.value })}
          sx={{ width: 110 }}
          slotProps={{
            htmlInput: { inputMode: 'numeric', maxLength: 5, 'data-testid': 'intake-time' },
          }}
        />
      </Stack>
      {problem && (
        <Typography
          variant="body2"
          color={problem === 'required' ? 'text.secondary' : 'error'}
          data-testid="intake-problem"
        >
          {t(`emergency.intake.${problem}`)}
        </Typography>
      )}
    </Stack>
  );
}
