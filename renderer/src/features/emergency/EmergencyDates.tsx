import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

interface EmergencyDatesProps {
  start: string;
  end: string;
  onStart: (date: string) => void;
  onEnd: (date: string) => void;
  /** Set when the dates cannot be planned, e.g. the end is not after the start. */
  error: string | null;
}

export function EmergencyDates({ start, end, onStart, onEnd, error }: EmergencyDatesProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2}>
      <TextField
        type="date"
        label={t('emergency.start')}
        value={start}
        onChange={(e) => onStart(e.target.value)}
        required
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'emergency-start' },
        }}
      />
      <TextField
        type="date"
        label={t('emergency.end')}
        value={end}
        onChange={(e) => onEnd(e.target.value)}
        required
        error={error !== null}
        helperText={error ?? t('emergency.endHint')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'emergency-end' } }}
      />
    </Stack>
  );
}
