import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { registrationStatusSchema, type Person } from '../../../../shared/domain/schemas';
import { FormDateField } from '../../common/dates/FormDateField';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { registrationFormSchema, type RegistrationValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

function registrationValuesOf(person: Person): RegistrationValues {
  return { registration: person.registration };
}

/** 事前登録: status, date, who registered, and when to review it. */
export function RegistrationForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const form = useForm<RegistrationValues>({
    resolver: catalogueResolver(registrationFormSchema, t),
    defaultValues: registrationValuesOf(person),
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors.registration;
  const { save, confirmDuplicate, state } = useSectionSave(form, registrationValuesOf);
  const submit = handleSubmit(async (values) => {
    await save({ ...person, ...values });
  });
  const field = (name: 'status' | 'registeredBy') => ({
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
          <FormDateField
            control={control}
            name="registration.registeredOn"
            optional
            label={t('persons.registration.registeredOn')}
            fullWidth
            testId="registration-registeredOn"
          />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextField {...field('registeredBy')} />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <FormDateField
            control={control}
            name="registration.reviewDate"
            optional
            label={t('persons.registration.reviewDate')}
            fullWidth
            testId="registration-reviewDate"
          />
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
