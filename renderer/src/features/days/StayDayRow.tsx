import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayDays } from '../../../../shared/api/paperwork-schemas';
import { sameDayFacts, type DayFacts } from '../../../../shared/domain/stay-day';
import { describeApiError } from '../../api/errors-ja';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { useDateLabels } from '../../common/useDateLabels';
import { DayFactsFields } from './DayFactsFields';
import { useSaveDay } from './useSaveDay';

type Day = StayDays['days'][number];

/**
 * One day of use on the stay panel: what it holds (the defaults until someone records it), the
 * toggles to change it, and its own save, so a day is recorded without touching the others.
 */
export function StayDayRow({ stayId, day }: { stayId: string; day: Day }) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const save = useSaveDay();
  const [draft, setDraft] = useState<DayFacts>(day.facts);
  // Facts saved here or elsewhere replace the draft unless something is being changed over them.
  const [seen, setSeen] = useState(day.facts);
  if (!sameDayFacts(seen, day.facts)) {
    setSeen(day.facts);
    if (sameDayFacts(draft, seen)) setDraft(day.facts);
  }
  const changed = !sameDayFacts(draft, day.facts);
  useUnsavedChanges(changed);
  const state = changed ? 'changed' : day.saved ? 'saved' : 'default';
  const label = dayHeader(day.date);
  const testId = `day-${day.date}`;
  const corrections = day.saved?.history?.length ?? 0;
  return (
    <Box
      component="li"
      data-testid={testId}
      data-state={state}
      sx={{ listStyle: 'none', py: 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 'bold', minWidth: 72 }}>
          {label}
        </Typography>
        <Chip size="small" variant="outlined" label={t(`days.status.${day.status}`)} />
        <Chip
          size="small"
          color={state === 'changed' ? 'warning' : state === 'saved' ? 'success' : 'default'}
          variant={state === 'default' ? 'outlined' : 'filled'}
          label={t(`days.state.${state}`)}
          data-testid={`${testId}-state`}
        />
        {day.emergencyAddOn && (
          <Chip size="small" color="error" variant="outlined" label={t('days.addOnOnDay')} />
        )}
        {corrections > 0 && (
          <Typography variant="caption" color="text.secondary">
            {t('days.corrected', { count: corrections })}
          </Typography>
        )}
      </Stack>
      <DayFactsFields
        value={draft}
        onChange={setDraft}
        dateLabel={label}
        disabled={save.isPending}
        testId={testId}
      />
      {changed && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            size="small"
            variant="contained"
            disabled={save.isPending}
            aria-label={t('days.saveFor', { date: label })}
            data-testid={`${testId}-save`}
            onClick={() =>
              save.mutate({ stayId, date: day.date, ...draft, note: draft.note?.trim() ?? '' })
            }
          >
            {t('days.save')}
          </Button>
          <Button size="small" disabled={save.isPending} onClick={() => setDraft(day.facts)}>
            {t('days.reset')}
          </Button>
        </Stack>
      )}
      {save.isError && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert">
          {describeApiError(save.error, t).message}
        </Alert>
      )}
    </Box>
  );
}
