import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  authorizationState,
  authorizationsNewestFirst,
} from '../../../../shared/domain/authorization-periods';
import { todayInJapan } from '../../../../shared/domain/dates';
import type { Person } from '../../../../shared/domain/schemas';
import { FormDateField } from '../../common/dates/FormDateField';
import { formErrorMessages } from './formErrorMessages';
import { emptyToNumber } from './formValues';
import { SaveBar } from './SaveBar';
import { authorizationsFormSchema, type AuthorizationsValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

const STATE_CHIP = { current: 'success', expired: 'default', future: 'info' } as const;

function authorizationsValuesOf(person: Person): AuthorizationsValues {
  return { authorizations: authorizationsNewestFirst(person.authorizations) };
}

/**
 * 支給決定: periods newest first. The current one is outlined and labelled; expired ones stay
 * as history. Overlaps and reversed dates are refused by the same rule the service applies.
 */
export function AuthorizationsForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const today = todayInJapan(new Date());
  const form = useForm<AuthorizationsValues>({
    resolver: catalogueResolver(authorizationsFormSchema, t),
    defaultValues: authorizationsValuesOf(person),
  });
  const { register, handleSubmit, formState, control } = form;
  const { fields, prepend, remove } = useFieldArray({ control, name: 'authorizations' });
  const { save, confirmDuplicate, state } = useSectionSave(form, authorizationsValuesOf);
  const errors = formState.errors.authorizations;
  const values = useWatch({ control, name: 'authorizations' });
  const submit = handleSubmit(async (v) => {
    await save({ ...person, ...v });
  });

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t('persons.authorizations.title')}
    >
      <Button
        startIcon={<AddIcon />}
        variant="outlined"
        size="small"
        onClick={() => prepend({ from: today, to: today })}
        sx={{ mb: 1.5 }}
      >
        {t('persons.authorizations.add')}
      </Button>
      {fields.length === 0 && (
        <Typography color="text.secondary">{t('persons.authorizations.empty')}</Typography>
      )}
      <Stack spacing={1.5}>
        {fields.map((field, i) => {
          const value = values[i];
          const periodState =
            value?.from && value.to && value.from <= value.to
              ? authorizationState(value, today)
              : undefined;
          const current = periodState === 'current';
          return (
            <Box
              key={field.id}
              role="group"
              aria-label={t('persons.authorizations.period', { index: i + 1 })}
              data-testid={`authorization-${i}`}
              data-state={periodState}
              sx={{
                p: 1.5,
                borderRadius: 1,
                border: current ? 2 : 1,
                borderColor: current ? 'success.main' : 'divider',
                bgcolor: periodState === 'expired' ? 'action.hover' : 'background.paper',
              }}
            >
              <Stack
                direction="row"
                spacing={1.5}
                sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
              >
                <FormDateField
                  control={control}
                  name={`authorizations.${i}.from`}
                  label={t('persons.authorizations.from')}
                  testId={`authorization-${i}-from`}
                />
                <FormDateField
                  control={control}
                  name={`authorizations.${i}.to`}
                  label={t('persons.authorizations.to')}
                  testId={`authorization-${i}-to`}
                />
                <TextField
                  {...register(`authorizations.${i}.daysPerMonth`, { setValueAs: emptyToNumber })}
                  type="number"
                  label={t('persons.authorizations.daysPerMonth')}
                  error={errors?.[i]?.daysPerMonth !== undefined}
                  helperText={errors?.[i]?.daysPerMonth?.message}
                  sx={{ width: 160 }}
                  slotProps={{
                    inputLabel: { shrink: true },
                    htmlInput: { min: 1, max: 31, 'data-testid': `authorization-${i}-days` },
                  }}
                />
                {periodState && (
                  <Chip
                    label={t(`persons.authorizations.state.${periodState}`)}
                    color={STATE_CHIP[periodState]}
                    variant={current ? 'filled' : 'outlined'}
                    sx={{ mt: 1 }}
                  />
                )}
                <IconButton
                  aria-label={t('persons.authorizations.remove')}
                  onClick={() => remove(i)}
                  sx={{ ml: 'auto' }}
                >
                  <DeleteIcon />
                </IconButton>
              </Stack>
            </Box>
          );
        })}
      </Stack>
      <SaveBar
        state={state}
        onConfirmDuplicate={() => void confirmDuplicate()}
        formErrors={formErrorMessages(formState.errors)}
      />
    </form>
  );
}
