import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportLevel, TrainingRecord } from '../../../../shared/domain/schemas';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { usePhraseLabel } from './usePhraseLabel';
import { LevelButtons } from './LevelButtons';
import { RecordAuthor } from './RecordAuthor';
import { RecordHistory } from './RecordHistory';
import { useAuthorNames } from './useAuthorNames';
import { SaveStateLabel, type SaveState } from './SaveStateLabel';
import { useSaveTraining } from './useSaveTraining';

const NO_RECORDS: readonly TrainingRecord[] = [];

interface DomainEntryProps {
  stayId: string;
  date: string;
  domain: string;
  label: string;
  goal: string | undefined;
  phrases: readonly string[];
  record: TrainingRecord | undefined;
}

/** One domain of one guest for one evening: what was practised, the level, a note; saved on its own. */
export function DomainEntry(props: DomainEntryProps) {
  const { stayId, date, domain, label, goal, phrases, record } = props;
  const { t } = useTranslation();
  const save = useSaveTraining();
  const [activity, setActivity] = useState(record?.activity ?? '');
  const [note, setNote] = useState(record?.note ?? '');
  const [level, setLevel] = useState<SupportLevel | null>(record?.level ?? null);
  const [dirty, setDirty] = useState(false);
  // An entry typed but not saved is not lost to a tab switch or a closed window: they ask first.
  useUnsavedChanges(dirty);

  const edit = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      setDirty(true);
    };
  };
  const state: SaveState = save.isPending
    ? 'saving'
    : save.isError
      ? 'error'
      : dirty
        ? 'dirty'
        : record
          ? 'saved'
          : 'idle';

  const submit = () => {
    if (level === null) return;
    save.mutate(
      {
        stayId,
        date,
        domain,
        level,
        ...(activity.trim() ? { activity: activity.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: () => setDirty(false) },
    );
  };
  // Ctrl+Enter saves from any field of the entry, so the keyboard never has to hunt for the button.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const phraseLabel = usePhraseLabel(domain);
  const addPhrase = (phrase: string) =>
    edit(setActivity)(
      activity.includes(phrase) ? activity : [activity, phrase].filter(Boolean).join('、'),
    );
  const testId = `entry-${stayId}-${domain}`;
  const authorNames = useAuthorNames(record ? [record] : NO_RECORDS);

  return (
    <Box
      component="section"
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
      sx={{ py: 2, borderTop: 1, borderColor: 'divider' }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h6" component="h3" sx={{ minWidth: 96 }}>
          {label}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid={`${testId}-goal`}>
          {t('training.goal')}：{goal || t('training.noGoal')}
        </Typography>
      </Stack>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mt: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <TextField
            label={t('training.activity')}
            value={activity}
            onChange={(e) => edit(setActivity)(e.target.value)}
            fullWidth
            size="small"
            slotProps={{ htmlInput: { 'data-testid': `${testId}-activity` } }}
          />
          <Box
            role="group"
            aria-label={t('training.phrasesLabel', { domain: label })}
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}
          >
            {phrases.map((phrase) => (
              <Chip
                key={phrase}
                label={phraseLabel(phrase)}
                size="small"
                onClick={() => addPhrase(phraseLabel(phrase))}
              />
            ))}
          </Box>
        </Box>
        <Box>
          <LevelButtons
            value={level}
            onChange={edit(setLevel)}
            label={`${label} ${t('training.level')}（${t('training.levelHint')}）`}
            testId={`${testId}-level`}
          />
        </Box>
      </Stack>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mt: 1.5, alignItems: 'center' }}
      >
        <TextField
          label={t('training.note')}
          value={note}
          onChange={(e) => edit(setNote)(e.target.value)}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { 'data-testid': `${testId}-note` } }}
        />
        <Button
          variant="contained"
          onClick={submit}
          disabled={level === null || save.isPending}
          data-testid={`${testId}-save`}
          sx={{ minWidth: 96 }}
        >
          {t('training.save')}
        </Button>
        <Box sx={{ minWidth: 150 }}>
          <SaveStateLabel state={state} testId={`${testId}-state`} />
          {level === null && dirty && (
            <Typography variant="caption">{t('training.levelRequired')}</Typography>
          )}
        </Box>
      </Stack>
      {record && <RecordAuthor record={record} names={authorNames} testId={testId} />}
      <RecordHistory history={record?.history ?? []} names={authorNames} />
    </Box>
  );
}
