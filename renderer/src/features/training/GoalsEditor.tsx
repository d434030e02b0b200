import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../common/ErrorState';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { useUpdateGoals } from './useUpdateGoals';
import { FormDialogActions } from '../../common/FormDialogActions';

interface GoalsEditorProps {
  stayId: string;
  domains: readonly string[];
  domainLabel: (domain: string) => string;
  goals: Readonly<Record<string, string>>;
}

/** The goals per domain, shown as a list and editable in place. */
export function GoalsEditor({ stayId, domains, domainLabel, goals }: GoalsEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateGoals(stayId);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({ ...goals });
  const changed = editing && domains.some((d) => (draft[d] ?? '') !== (goals[d] ?? ''));
  // Leaving the editor with changed goals asks first, as leaving the screen does.
  const guard = useCloseGuard(() => setEditing(false), changed);

  const save = () => {
    const cleaned = Object.fromEntries(
      Object.entries(draft)
        .map(([domain, text]) => [domain, text.trim()] as const)
        .filter(([, text]) => text !== ''),
    );
    update.mutate(cleaned, { onSuccess: () => setEditing(false) });
  };

  return (
    <Box component="section" aria-labelledby="goals-title" sx={{ mb: 3 }}>
      <Typography id="goals-title" variant="h6" component="h2">
        {t('training.record.goalsTitle')}
      </Typography>
      {editing ? (
        <Box sx={{ display: 'grid', gap: 1.5, maxWidth: 720, mt: 1 }}>
          {domains.map((domain) => (
            <TextField
              key={domain}
              label={domainLabel(domain)}
              value={draft[domain] ?? ''}
              onChange={(e) => setDraft({ ...draft, [domain]: e.target.value })}
              size="small"
              slotProps={{ htmlInput: { maxLength: 500, 'data-testid': `goal-input-${domain}` } }}
            />
          ))}
          <FormDialogActions
            inline
            onCancel={guard.requestClose}
            onSave={save}
            saveLabel={t('training.record.saveGoals')}
            saveTestId="goals-save"
            busy={update.isPending}
          />
          {guard.confirmation}
          {update.isError && <ErrorState error={update.error} />}
        </Box>
      ) : (
        <>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 0.5 }}>
            {domains.map((domain) => (
              <Box key={domain} sx={{ display: 'contents' }}>
                <Typography component="dt" sx={{ fontWeight: 700, pr: 2 }}>
                  {domainLabel(domain)}
                </Typography>
                <Typography component="dd" sx={{ m: 0 }} data-testid={`goal-${domain}`}>
                  {goals[domain] || t('training.noGoal')}
                </Typography>
              </Box>
            ))}
          </Box>
          <Button
            onClick={() => {
              setDraft({ ...goals });
              setEditing(true);
            }}
          >
            {t('training.record.editGoals')}
          </Button>
          {update.isSuccess && <Alert severity="success">{t('training.record.goalsSaved')}</Alert>}
        </>
      )}
    </Box>
  );
}
