import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../common/dates/DateField';

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
      <DateField
        label={t('emergency.start')}
        value={start}
        onChange={onStart}
        required
        testId="emergency-start"
      />
      <DateField
        label={t('emergency.end')}
        value={end}
        onChange={onEnd}
        required
        error={error !== null}
        helperText={error ?? t('emergency.endHint')}
        testId="emergency-end"
      />
    </Stack>
  );
}
