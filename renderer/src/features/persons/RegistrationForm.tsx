import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { registrationStatusSchema, type Person } from '../../../../shared/domain/schemas';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { registrationFormSchema, type RegistrationValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';

/** 事前登録: status, date, who registered, and when to review it. */
export function RegistrationForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const form = useForm<RegistrationValues>({
    resolver: zodResolver(registrationFormSchema),
    defaultValues: { registration: person.registration },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors.registration;
  const { save, confirmDuplicate, state } = useSectionSave(form.setError);
  const submit = handleSubmit(async (values) => {
    await save({ ...person, ...values });
  });
  const field = (name: 'status' | 'registeredOn' | 'registeredBy' | 'reviewDate') => ({
    ...register(`registration.${name}`, { setValueAs: emptyToUndefined }),
    error: errors?.[name] !== undefined,
    helperText: errors?.[name]?.message,
    label: t(`persons.registration.${name}`),
    fullWidth: true,
    slotProps: {
      inputLabel: { shrink: true },
      htmlInput: { 'data-testid': `registration-${name}` },
    },
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('persons.registration.title')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6 }}>
          <TextField
            {...field('status')}
            select
            slotProps={{
              select: { native: true },
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'registration-status' },
            }}
          >
            {registrationStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`persons.registrationStatus.${status}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextField {...field('registeredOn')} type="date" />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextField {...field('registeredBy')} />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextField {...field('reviewDate')} type="date" />
        </Grid>
      </Grid>
      <SaveBar
        state={state}
        onConfirmDuplicate={() => void confirmDuplicate()}
        formErrors={formErrorMessages(formState.errors)}
      />
    </form>
  );
}
