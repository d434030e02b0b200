import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/schemas';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { consultationFormSchema, type ConsultationValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

type Field = 'office' | 'coordinator' | 'phone';

/** The values as saved: all three empty means no office is on file. */
function officeOf<T extends { office?: string; coordinator?: string; phone?: string }>(
  values: T | undefined,
): T | undefined {
  if (!values || (!values.office && !values.coordinator && !values.phone)) return undefined;
  return values;
}

function consultationValuesOf(person: Person): ConsultationValues {
  return { consultationOffice: person.consultationOffice ?? { office: '' } };
}

/** 計画相談支援事業所: office, coordinator, phone. */
export function ConsultationForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const form = useForm<ConsultationValues>({
    // Empty fields mean "no office"; the office name is required only once anything is given.
    resolver: (values, context, options) =>
      catalogueResolver(consultationFormSchema, t)(
        { consultationOffice: officeOf(values.consultationOffice) },
        context,
        options,
      ),
    defaultValues: consultationValuesOf(person),
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors.consultationOffice;
  const { save, confirmDuplicate, state } = useSectionSave(form, consultationValuesOf);
  const submit = handleSubmit(async (values) => {
    const next: Person = { ...person };
    delete next.consultationOffice;
    const office = officeOf(values.consultationOffice);
    await save({ ...next, ...(office ? { consultationOffice: office } : {}) });
  });
  const field = (name: Field) => ({
    ...register(`consultationOffice.${name}`, { setValueAs: emptyToUndefined }),
    error: errors?.[name] !== undefined,
    helperText: errors?.[name]?.message,
    label: t(`persons.consultation.${name}`),
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `consultation-${name}` } },
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('persons.consultation.title')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField {...field('office')} />
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <TextField {...field('coordinator')} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField {...field('phone')} type="tel" />
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
