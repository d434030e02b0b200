import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { ErrorState } from '../../common/ErrorState';
import { useCloseGuard, UnsavedScope } from '../../common/unsaved/useCloseGuard';
import { useDateLabels } from '../../common/useDateLabels';
import { IntakeFields } from '../emergency/IntakeFields';
import { intakeDraftOf, intakeOfDraft, newIntakeDraft } from '../emergency/intakeForm';
import { japanDateAndTime } from '../stay/historyTime';
import { FormDialogActions } from '../../common/FormDialogActions';

/** The recorded emergency request on the stay panel, and a dialog to correct it. */
export function IntakeSummary({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const [editing, setEditing] = useState(false);
  const intake = stay.intake;
  const at = intake ? japanDateAndTime(intake.requestedAt) : null;
  return (
    <Stack spacing={1} data-testid="stay-intake">
      <Typography variant="subtitle2" component="h4">
        {t('days.intake.title')}
      </Typography>
      <Typography variant="body2" data-testid="stay-intake-line">
        {intake && at
          ? t('days.intake.line', {
              reason:
                intake.reason === 'other' && intake.reasonText
                  ? `${t('emergency.intake.reasons.other')}（${intake.reasonText}）`
                  : t(`emergency.intake.reasons.${intake.reason}`),
              requester: [
                t(`emergency.intake.requesters.${intake.requestedBy}`),
                intake.requestedByText,
              ]
                .filter(Boolean)
                .join(' '),
              at: `${long(at.date)} ${at.time}`,
            })
          : t('days.intake.none')}
      </Typography>
      <div>
        <Button
          size="small"
          variant="outlined"
          onClick={() => setEditing(true)}
          data-testid="stay-intake-edit"
        >
          {intake ? t('days.intake.edit') : t('days.intake.add')}
        </Button>
      </div>
      {editing && <IntakeDialog stay={stay} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function IntakeDialog({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const [initial] = useState(() =>
    stay.intake ? intakeDraftOf(stay.intake) : newIntakeDraft(new Date()),
  );
  const [draft, setDraft] = useState(initial);
  const result = intakeOfDraft(draft, new Date());
  const save = useMutation({
    mutationFn: () => {
      if (!('intake' in result)) throw new Error('incomplete intake');
      return call('emergency.saveIntake', { stayId: stay.id, intake: result.intake });
    },
    onSuccess: onClose,
  });
  const guard = useCloseGuard(onClose, JSON.stringify(draft) !== JSON.stringify(initial));
  return (
    <Dialog
      open
      onClose={guard.requestClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="intake-title"
    >
      <DialogTitle id="intake-title">{t('days.intake.title')}</DialogTitle>
      <DialogContent dividers>
        <UnsavedScope registry={guard.registry}>
          <IntakeFields
            value={draft}
            onChange={setDraft}
            problem={'problem' in result ? result.problem : null}
            disabled={save.isPending}
          />
          {save.isError && <ErrorState error={save.error} />}
        </UnsavedScope>
      </DialogContent>
      <FormDialogActions
        onCancel={guard.requestClose}
        cancelLabel={t('days.intake.cancel')}
        onSave={() => save.mutate()}
        saveLabel={t('days.intake.save')}
        saveTestId="intake-save"
        busy={save.isPending}
        saveDisabled={!('intake' in result)}
      />
      {guard.confirmation}
    </Dialog>
  );
}
