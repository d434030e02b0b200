import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isValidIsoDate } from '../../../../shared/domain/dates';
import { LoadingState } from '../../common/LoadingState';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { todayInJapan } from '../../lib/calendar';
import { useBeds } from '../beds/useBeds';
import { useSettings } from '../settings/useSettings';
import { CommitSummary } from './CommitSummary';
import { EmergencyDates } from './EmergencyDates';
import { PersonPicker, type PickedPerson } from '../persons/PersonPicker';
import { IntakeFields } from './IntakeFields';
import { intakeOfDraft, newIntakeDraft } from './intakeForm';
import { PlanError } from './PlanError';
import { PlanView } from './PlanView';
import { QuickPersonForm } from './QuickPersonForm';
import { RegistrationChip } from '../persons/RegistrationChip';
import { stalePlanOf, useCommitEmergency } from './useCommitEmergency';
import { useEmergencyPlan, type EmergencyRequest } from './useEmergencyPlan';
import { FormDialogActions } from '../../common/FormDialogActions';

const DEFAULT_EMERGENCY_DAYS = 7;

/**
 * 緊急受入: who, from when to when, the plan in words, then commit. The plan is asked for as
 * soon as the person and the dates are known, and what is committed is exactly what is shown.
 */
export function EmergencyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings().data;
  const beds = useBeds().data ?? [];
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [creating, setCreating] = useState(false);
  const [openedOn] = useState(() => todayInJapan());
  const [start, setStart] = useState(openedOn);
  // Until the user picks an end, the stay fills the emergency period of the settings. Days are
  // counted arrival and departure day included, so a 7-day period ends 6 days after the start
  // (ending 7 days later would already break EMERGENCY_LENGTH).
  const [chosenEnd, setChosenEnd] = useState<string | null>(null);
  const [staleNotice, setStaleNotice] = useState(false);
  const [openedAt] = useState(() => new Date());
  const [intakeDraft, setIntakeDraft] = useState(() => newIntakeDraft(openedAt));
  const intake = intakeOfDraft(intakeDraft, new Date());
  const intakeProblem = 'problem' in intake ? intake.problem : null;
  const maxDays = settings?.emergencyMaxDays ?? DEFAULT_EMERGENCY_DAYS;
  const end = chosenEnd ?? (isValidIsoDate(start) ? addDays(start, maxDays - 1) : '');

  const datesError =
    !isValidIsoDate(start) || !isValidIsoDate(end)
      ? t('emergency.datesInvalid')
      : end <= start
        ? t('emergency.endBeforeStart')
        : null;
  const request: EmergencyRequest | null =
    person && datesError === null ? { personId: person.id, start, end } : null;

  const commit = useCommitEmergency(request, () => setStaleNotice(true));
  const done = commit.data;
  const plan = useEmergencyPlan(done ? null : request);
  const blocking = plan.data?.violations.some((v) => v.severity === 'error') ?? false;
  const commitError = commit.isError && stalePlanOf(commit.error) === null ? commit.error : null;

  // An intake under way (someone chosen, a name being typed, dates changed) is not dropped by
  // Escape, a click beside the dialog or キャンセル without asking; a committed one closes freely.
  const entered =
    person !== null ||
    creating ||
    chosenEnd !== null ||
    start !== openedOn ||
    intakeDraft.reason !== '' ||
    intakeDraft.requestedBy !== '';
  const guard = useCloseGuard(onClose, done === undefined && entered);

  const changeRequest = (apply: () => void) => {
    apply();
    setStaleNotice(false);
    commit.reset();
  };

  return (
    <Dialog
      open
      onClose={commit.isPending ? undefined : guard.requestClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="emergency-title"
      data-testid="emergency-dialog"
    >
      <DialogTitle id="emergency-title" sx={{ bgcolor: 'error.main', color: 'error.contrastText' }}>
        {t('emergency.title')}
      </DialogTitle>
      <DialogContent dividers>
        {done && person ? (
          <CommitSummary result={done} person={person} beds={beds} onClose={onClose} />
        ) : (
          <Stack spacing={2}>
            {creating ? (
              <QuickPersonForm
                onCreated={(created) =>
                  changeRequest(() => {
                    setPerson(created);
                    setCreating(false);
                  })
                }
                onCancel={() => setCreating(false)}
              />
            ) : (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Stack sx={{ flexGrow: 1 }}>
                  <PersonPicker
                    value={person}
                    onChange={(p) => changeRequest(() => setPerson(p))}
                    label={t('emergency.personLabel')}
                    placeholder={t('emergency.personPlaceholder')}
                    noneFound={t('emergency.noPersonFound')}
                    testId="emergency-person"
                    autoFocus
                  />
                </Stack>
                <Button
                  startIcon={<PersonAddIcon aria-hidden />}
                  onClick={() => setCreating(true)}
                  data-testid="emergency-new-person"
                >
                  {t('emergency.newPerson')}
                </Button>
              </Stack>
            )}
            {person && person.registration.status !== 'registered' && (
              <Alert severity="warning" icon={false} data-testid="emergency-unregistered">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <RegistrationChip person={person} />
                  <span>{t('emergency.unregisteredWarning')}</span>
                </Stack>
              </Alert>
            )}
            <EmergencyDates
              start={start}
              end={end}
              onStart={(d) => changeRequest(() => setStart(d))}
              onEnd={(d) => changeRequest(() => setChosenEnd(d))}
              error={datesError}
            />
            <IntakeFields
              value={intakeDraft}
              onChange={setIntakeDraft}
              problem={intakeProblem}
              disabled={commit.isPending}
            />
            <Divider />
            {staleNotice && (
              <Alert severity="warning" role="alert" data-testid="emergency-stale">
                {t('emergency.stale')}
              </Alert>
            )}
            {request === null ? (
              <Alert severity="info">{t('emergency.choosePerson')}</Alert>
            ) : plan.isError ? (
              <PlanError error={plan.error} />
            ) : plan.data ? (
              <PlanView plan={plan.data} />
            ) : (
              <LoadingState />
            )}
            {commitError !== null && <PlanError error={commitError} />}
          </Stack>
        )}
      </DialogContent>
      {done ? (
        <DialogActions>
          <Button onClick={onClose} variant="contained" data-testid="emergency-close">
            {t('emergency.close')}
          </Button>
        </DialogActions>
      ) : (
        <FormDialogActions
          onCancel={guard.requestClose}
          onSave={() =>
            plan.data &&
            'intake' in intake &&
            commit.mutate({ plan: plan.data, intake: intake.intake })
          }
          saveLabel={staleNotice ? t('emergency.commitNew') : t('emergency.commit')}
          saveTestId="emergency-commit"
          tone="error"
          busy={commit.isPending}
          saveDisabled={
            !plan.data || plan.isFetching || blocking || creating || !('intake' in intake)
          }
        />
      )}
      {guard.confirmation}
    </Dialog>
  );
}
