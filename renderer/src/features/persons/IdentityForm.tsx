import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ageAt } from '../../../../shared/domain/age';
import { formatWareki, isValidIsoDate, todayInJapan } from '../../../../shared/domain/dates';
import { sexSchema, supportCategorySchema, type Person } from '../../../../shared/domain/schemas';
import { FormDateField } from '../../common/dates/FormDateField';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { identitySchema, type IdentityValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

type PersonDraft = Omit<Person, 'id'> & { id?: string };

interface IdentityFormProps {
  person: PersonDraft;
  onSaved?: (person: Person) => void;
  submitLabel?: string;
}

function identityValuesOf(p: PersonDraft): IdentityValues {
  const { familyName, givenName, familyNameKana, givenNameKana } = p;
  const { birthDate, sex, certificateNumber, supportCategory } = p;
  return {
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    ...(birthDate ? { birthDate } : {}),
    ...(sex ? { sex } : {}),
    ...(certificateNumber ? { certificateNumber } : {}),
    ...(supportCategory ? { supportCategory } : {}),
  };
}

/** Names and kana, birth date (with the age today), sex, certificate number, support category. */
export function IdentityForm({ person, onSaved, submitLabel }: IdentityFormProps) {
  const { t } = useTranslation();
  const form = useForm<IdentityValues>({
    resolver: catalogueResolver(identitySchema, t),
    defaultValues: identityValuesOf(person),
  });
  const { register, handleSubmit, control, formState } = form;
  const { errors } = formState;
  const { save, confirmDuplicate, state } = useSectionSave(form, identityValuesOf);
  const birthDate = useWatch({ control, name: 'birthDate' });
  // 和暦 beside the date, as certificates and family members give it, and the age today.
  const birthDateHint =
    birthDate && isValidIsoDate(birthDate)
      ? t('persons.identity.birthDateHint', {
          wareki: formatWareki(birthDate),
          age: ageAt(birthDate, todayInJapan(new Date())),
        })
      : undefined;

  const submit = handleSubmit(async (values) => {
    const saved = await save({ ...person, ...values });
    if (saved) onSaved?.(saved);
  });
  const confirm = async () => {
    const saved = await confirmDuplicate();
    if (saved) onSaved?.(saved);
  };
  const text = (name: keyof IdentityValues) => ({
    ...register(name, { setValueAs: emptyToUndefined }),
    error: errors[name] !== undefined,
    helperText: errors[name]?.message,
    label: t(`persons.identity.${name}`),
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `identity-${name}` } },
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('persons.identity.title')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField {...text('familyName')} required />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField {...text('givenName')} required />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField {...text('familyNameKana')} required />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField {...text('givenNameKana')} required />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <FormDateField
            control={control}
            name="birthDate"
            optional
            label={t('persons.identity.birthDate')}
            fullWidth
            testId="identity-birthDate"
            helperText={birthDateHint}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField
            {...text('sex')}
            select
            slotProps={{
              select: { native: true },
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'identity-sex' },
            }}
          >
            <option value="">{t('persons.notSet')}</option>
            {sexSchema.options.map((sex) => (
              <option key={sex} value={sex}>
                {t(`persons.sex.${sex}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField
            {...text('certificateNumber')}
            slotProps={{
              htmlInput: {
                inputMode: 'numeric',
                // Room for full-width digits and grouping hyphens, stored as its ten digits.
                maxLength: 20,
                'data-testid': 'identity-certificateNumber',
              },
            }}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField
            {...text('supportCategory')}
            select
            slotProps={{
              select: { native: true },
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'identity-supportCategory' },
            }}
          >
            <option value="">{t('persons.notSet')}</option>
            {supportCategorySchema.options.map((c) => (
              <option key={c} value={c}>
                {t(`persons.supportCategory.${c}`)}
              </option>
            ))}
          </TextField>
        </Grid>
      </Grid>
      <SaveBar
        state={state}
        onConfirmDuplicate={() => void confirm()}
        formErrors={formErrorMessages(errors)}
        {...(submitLabel ? { label: submitLabel } : {})}
      />
    </form>
  );
}
