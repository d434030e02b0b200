import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayDays } from '../../../../shared/api/paperwork-schemas';
import { sameDayFacts, type DayFacts } from '../../../../shared/domain/stay-day';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { useDateLabels } from '../../common/useDateLabels';
import { DayFactsFields } from './DayFactsFields';
import { useSaveDay } from './useSaveDay';
import { useStayDays } from './useStayDays';
import { FormDialogActions } from '../../common/FormDialogActions';

interface DeskDayDialogProps {
  stayId: string;
  date: string;
  name: string;
  onClose: () => void;
  /** Told once the day is saved, to say so on the page. */
  onSaved: () => void;
}

/** 本日の記録 from a row of 本日の受付: the one day's facts, at check-in or check-out. */
export function DeskDayDialog({ stayId, date, name, onClose, onSaved }: DeskDayDialogProps) {
  const { t } = useTranslation();
  const days = useStayDays(stayId);
  const day = days.data?.days.find((d) => d.date === date);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="desk-day-title">
      {days.isPending && <LoadingState />}
      {days.isError && <ErrorState error={days.error} onRetry={() => void days.refetch()} />}
      {days.data && !day && (
        <DialogContent>
          <Alert severity="info">{t('days.noDays')}</Alert>
        </DialogContent>
      )}
      {day && (
        <DayForm
          key={day.saved?.updatedAt ?? day.saved?.createdAt ?? 'default'}
          stayId={stayId}
          day={day}
          name={name}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Dialog>
  );
}

function DayForm({
  stayId,
  day,
  name,
  onClose,
  onSaved,
}: Omit<DeskDayDialogProps, 'date'> & { day: StayDays['days'][number] }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const [draft, setDraft] = useState<DayFacts>(day.facts);
  const save = useSaveDay();
  const changed = !sameDayFacts(draft, day.facts);
  const guard = useCloseGuard(onClose, changed);
  const label = long(day.date);
  return (
    <>
      <DialogTitle id="desk-day-title">
        {t('days.dialogTitle', { name, date: label, status: t(`days.status.${day.status}`) })}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('days.hint')}
          </Typography>
          <DayFactsFields
            value={draft}
            onChange={setDraft}
            dateLabel={label}
            disabled={save.isPending}
            testId="desk-day"
          />
          {save.isError && (
            <Alert severity="error" role="alert">
              {describeApiError(save.error, t).message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={guard.requestClose}
        cancelLabel={t('days.close')}
        onSave={() =>
          save.mutate(
            { stayId, date: day.date, ...draft, note: draft.note?.trim() ?? '' },
            {
              onSuccess: () => {
                onSaved();
                onClose();
              },
            },
          )
        }
        saveLabel={t('days.save')}
        saveTestId="desk-day-save"
        busy={save.isPending}
      />
      {guard.confirmation}
    </>
  );
}
