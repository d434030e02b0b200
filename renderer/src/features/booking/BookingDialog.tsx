import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, isValidIsoDate, nightsOf, stayDates } from '../../../../shared/domain/dates';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { DateField } from '../../common/dates/DateField';
import { dialogFormSx } from '../../common/dialogForm';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { useSettings } from '../settings/useSettings';
import { bookingFormSchema, draftOf, type BookingFormValues } from './bookingForm';
import { OverrideReasonFields } from './OverrideReasonFields';
import { overridesFrom } from './overrides';
import { SaveBlockerNote } from './SaveBlockerNote';
import { saveBlockers } from './saveBlockers';
import { useFirstFreeBed } from './useFirstFreeBed';
import { PersonPicker } from '../persons/PersonPicker';
import { useStayCheck } from './useStayCheck';
import { UsageLine } from './UsageLine';
import { ViolationList } from './ViolationList';
import { catalogueResolver } from '../../common/catalogueResolver';
import { FormDialogActions } from '../../common/FormDialogActions';

export interface BookingStart {
  /** The bed chosen on the calendar; without one the dialog picks the first that can take it. */
  bedId?: string;
  start: string;
  end: string;
}

interface BookingDialogProps {
  initial: BookingStart;
  beds: readonly Bed[];
  onClose: () => void;
  onBooked: (stay: Stay) => void;
}

/**
 * 新規予約: prefilled from the nights selected on the calendar. Every change is checked by the
 * server as the desk types; errors block saving, overrides need a written reason (the rule's
 * message shows the figures), warnings are shown and recorded with the stay.
 */
export function BookingDialog({ initial, beds, onClose, onBooked }: BookingDialogProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const [saveError, setSaveError] = useState<unknown>(null);
  const bed = beds.find((b) => b.id === initial.bedId);
  const { control, handleSubmit, formState, resetField } = useForm<BookingFormValues>({
    resolver: catalogueResolver(bookingFormSchema, t),
    defaultValues: {
      person: null,
      bedId: initial.bedId ?? '',
      // A bed kept for emergencies suggests an emergency stay.
      kind: bed && !bed.allows.includes('experience') ? 'emergency' : 'experience',
      start: initial.start,
      end: initial.end,
      status: 'tentative',
      note: '',
      reasons: {},
    },
  });
  const values = useWatch({ control }) as BookingFormValues;
  const draft = draftOf(values);
  const check = useStayCheck(draft);
  const violations = check.data?.violations ?? [];
  const overrideViolations = violations.filter((v) => v.severity === 'override');
  const hasErrors = violations.some((v) => v.severity === 'error');
  const blockers = saveBlockers({
    hasPerson: values.person !== null && values.person !== undefined,
    bedId: values.bedId ?? '',
    start: values.start ?? '',
    end: values.end ?? '',
    check,
    violations,
    reasons: values.reasons ?? {},
  });
  const canSave = draft !== null && blockers.length === 0;
  const endBeforeStart = blockers.some((b) => b.kind === 'endAfterStart');

  // Opened without a bed (新規予約): start on the first bed that can take the booking, not on
  // the first of the list (an emergency-only bed would open the dialog refusing).
  const firstFreeBed = useFirstFreeBed(
    beds,
    values.kind ?? 'experience',
    initial.start,
    initial.end,
    initial.bedId === undefined,
  );
  const bedTouched = formState.dirtyFields.bedId === true;
  useEffect(() => {
    if (firstFreeBed !== undefined && !bedTouched) {
      resetField('bedId', { defaultValue: firstFreeBed });
    }
  }, [firstFreeBed, bedTouched, resetField]);
  const startMonth = settings.data?.fiscalYearStartMonth ?? 4;
  const validDates =
    isValidIsoDate(values.start) && isValidIsoDate(values.end) && values.end > values.start;

  // Escape, the backdrop and キャンセル ask first once anything was entered; a booking made closes.
  const guard = useCloseGuard(onClose, anyFieldDirty(formState.dirtyFields));

  const onSubmit = handleSubmit(async (form) => {
    if (!draft || !canSave) return;
    setSaveError(null);
    try {
      const overrides = overridesFrom(violations, form.reasons);
      const stay = await call('stays.create', {
        draft,
        ...(overrides.length > 0 ? { overrides } : {}),
      });
      onBooked(stay);
    } catch (error) {
      setSaveError(error);
    }
  });
  const saveErrorText = saveError ? describeApiError(saveError, t) : null;

  return (
    <Dialog
      open
      onClose={guard.requestClose}
      fullWidth
      maxWidth="sm"
      scroll="paper"
      aria-labelledby="booking-dialog-title"
      data-testid="booking-dialog"
    >
      {/* The form fills the dialog as a column: the fields scroll, the title and the buttons
          (with what blocks saving) stay in view, even on a 1366×768 laptop. */}
      <Box component="form" onSubmit={(event) => void onSubmit(event)} noValidate sx={dialogFormSx}>
        <DialogTitle id="booking-dialog-title">{t('booking.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Controller
              control={control}
              name="person"
              render={({ field, fieldState }) => (
                <PersonPicker
                  value={field.value}
                  onChange={field.onChange}
                  label={t('booking.person')}
                  hint={t('booking.personHint')}
                  noneFound={t('booking.noPersonFound')}
                  testId="booking-person"
                  required
                  autoFocus
                  error={
                    fieldState.error?.message
                      ? t(fieldState.error.message, { defaultValue: fieldState.error.message })
                      : undefined
                  }
                />
              )}
            />
            {values.person && validDates && (
              <UsageLine
                personId={values.person.id}
                fiscalYear={fiscalYearOf(values.start, startMonth)}
              />
            )}
            <Controller
              control={control}
              name="bedId"
              render={({ field }) => (
                <TextField
                  select
                  label={t('booking.bed')}
                  {...field}
                  slotProps={{ htmlInput: { 'data-testid': 'booking-bed' } }}
                >
                  {beds
                    .filter((b) => b.active)
                    .map((b) => (
                      <MenuItem key={b.id} value={b.id}>
                        {b.room ? `${b.room} ${b.name}` : b.name}
                        {b.emergencyReserved ? `（${t('calendar.emergencyReserved')}）` : ''}
                      </MenuItem>
                    ))}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id="booking-kind-label">{t('booking.kind')}</FormLabel>
                  <RadioGroup row aria-labelledby="booking-kind-label" {...field}>
                    <FormControlLabel
                      value="experience"
                      control={<Radio />}
                      label={t('stayKind.experience')}
                    />
                    <FormControlLabel
                      value="emergency"
                      control={<Radio />}
                      label={t('stayKind.emergency')}
                    />
                  </RadioGroup>
                </FormControl>
              )}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Controller
                control={control}
                name="start"
                render={({ field }) => (
                  <DateField
                    label={t('booking.start')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    testId="booking-start"
                    sx={{ flex: '1 1 0', minWidth: 0 }}
                  />
                )}
              />
              <Controller
                control={control}
                name="end"
                render={({ field, fieldState }) => (
                  <DateField
                    label={t('booking.end')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    error={fieldState.error !== undefined || endBeforeStart}
                    helperText={
                      fieldState.error?.message
                        ? t(fieldState.error.message, { defaultValue: fieldState.error.message })
                        : endBeforeStart
                          ? t('booking.errors.endAfterStart')
                          : undefined
                    }
                    testId="booking-end"
                    sx={{ flex: '1 1 0', minWidth: 0 }}
                  />
                )}
              />
              {validDates && (
                <Typography sx={{ pt: 2, whiteSpace: 'nowrap' }} data-testid="booking-length">
                  {t('calendar.daysAndNights', {
                    days: stayDates(values.start, values.end).length,
                    nights: nightsOf(values.start, values.end),
                  })}
                </Typography>
              )}
            </Stack>
            <Controller
              control={control}
              name="status"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id="booking-status-label">{t('booking.status')}</FormLabel>
                  <RadioGroup row aria-labelledby="booking-status-label" {...field}>
                    <FormControlLabel
                      value="tentative"
                      control={<Radio />}
                      label={t('stayStatus.tentative')}
                    />
                    <FormControlLabel
                      value="confirmed"
                      control={<Radio />}
                      label={t('stayStatus.confirmed')}
                    />
                  </RadioGroup>
                </FormControl>
              )}
            />
            <Controller
              control={control}
              name="note"
              render={({ field }) => (
                <TextField
                  multiline
                  minRows={2}
                  label={t('booking.note')}
                  helperText={t('booking.noteHint')}
                  {...field}
                  slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'booking-note' } }}
                />
              )}
            />
            {draft && !check.isCurrent && !check.isError && (
              <LinearProgress aria-label={t('booking.checking')} />
            )}
            {check.isError && (
              <Alert severity="error">{describeApiError(check.error, t).message}</Alert>
            )}
            {draft && check.isCurrent && violations.length === 0 && (
              <Alert severity="success" data-testid="booking-ok">
                {t('booking.noViolations')}
              </Alert>
            )}
            <ViolationList violations={violations} />
            {overrideViolations.length > 0 && !hasErrors && (
              <Controller
                control={control}
                name="reasons"
                render={({ field }) => (
                  <OverrideReasonFields
                    violations={overrideViolations}
                    reasons={field.value}
                    onChange={(rule, reason) => field.onChange({ ...field.value, [rule]: reason })}
                  />
                )}
              />
            )}
            {saveErrorText && (
              <Alert severity="error" role="alert" data-testid="booking-save-error">
                {saveErrorText.message}
                {saveErrorText.details.map((detail) => (
                  <div key={detail}>{detail}</div>
                ))}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          note={<SaveBlockerNote id="booking-blockers" blockers={blockers} />}
          onCancel={guard.requestClose}
          saveLabel={
            overrideViolations.length > 0 ? t('booking.saveWithReason') : t('booking.save')
          }
          saveTestId="booking-save"
          busy={formState.isSubmitting}
          saveDisabled={!canSave}
          saveBlockedBy="booking-blockers"
        />
      </Box>
      {guard.confirmation}
    </Dialog>
  );
}
