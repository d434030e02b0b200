import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/schemas';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { contactsFormSchema, type ContactsValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

type Field = 'name' | 'relation' | 'phone' | 'note';
const FIELD_WIDTH: Record<Field, number> = { name: 180, relation: 110, phone: 170, note: 220 };

function contactsValuesOf(person: Person): ContactsValues {
  return { contacts: person.contacts ?? [] };
}

/** 緊急連絡先: called from the top down, so the order can be changed with the arrows. */
export function ContactsForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const form = useForm<ContactsValues>({
    resolver: catalogueResolver(contactsFormSchema, t),
    defaultValues: contactsValuesOf(person),
  });
  const { register, handleSubmit, formState, control } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'contacts' });
  const { save, confirmDuplicate, state } = useSectionSave(form, contactsValuesOf);
  const errors = formState.errors.contacts;
  const submit = handleSubmit(async (values) => {
    await save({ ...person, ...values });
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('persons.contacts.title')}>
      {fields.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('persons.contacts.empty')}
        </Typography>
      )}
      <Stack component="ol" spacing={1.5} sx={{ p: 0, m: 0, listStyle: 'none' }}>
        {fields.map((field, i) => (
          <Box
            component="li"
            key={field.id}
            data-testid={`contact-${i}`}
            sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <Typography sx={{ minWidth: 48, pt: 2 }} aria-hidden>
              {t('persons.contacts.order', { index: i + 1 })}
            </Typography>
            {(['name', 'relation', 'phone', 'note'] as const).map((name) => (
              <TextField
                key={name}
                {...register(`contacts.${i}.${name}`, { setValueAs: emptyToUndefined })}
                label={t(`persons.contacts.${name}`)}
                type={name === 'phone' ? 'tel' : 'text'}
                required={name !== 'note'}
                error={errors?.[i]?.[name] !== undefined}
                helperText={errors?.[i]?.[name]?.message}
                sx={{ width: FIELD_WIDTH[name] }}
                slotProps={{ htmlInput: { 'data-testid': `contact-${i}-${name}` } }}
              />
            ))}
            <Box sx={{ display: 'flex', pt: 1 }}>
              <IconButton
                aria-label={`${t('persons.contacts.order', { index: i + 1 })} ${t('persons.contacts.up')}`}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton
                aria-label={`${t('persons.contacts.order', { index: i + 1 })} ${t('persons.contacts.down')}`}
                disabled={i === fields.length - 1}
                onClick={() => move(i, i + 1)}
              >
                <ArrowDownwardIcon />
              </IconButton>
              <IconButton
                aria-label={`${t('persons.contacts.order', { index: i + 1 })} ${t('persons.contacts.remove')}`}
                onClick={() => remove(i)}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
          </Box>
        ))}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        variant="outlined"
        size="small"
        sx={{ mt: 1.5 }}
        onClick={() => append({ name: '', relation: '', phone: '' })}
      >
        {t('persons.contacts.add')}
      </Button>
      <SaveBar
        state={state}
        onConfirmDuplicate={() => void confirmDuplicate()}
        formErrors={formErrorMessages(formState.errors)}
      />
    </form>
  );
}
