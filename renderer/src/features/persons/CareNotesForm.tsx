import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CARE_FLAGS, CARE_TOPICS, type Person } from '../../../../shared/domain/schemas';
import { formErrorMessages } from './formErrorMessages';
import { emptyToUndefined } from './formValues';
import { SaveBar } from './SaveBar';
import { careNotesFormSchema, type CareNotesValues } from './sectionSchemas';
import { useSectionSave } from './useSectionSave';
import { catalogueResolver } from '../../common/catalogueResolver';

function careNotesValuesOf(person: Person): CareNotesValues {
  return { careNotes: person.careNotes ?? { flags: [] } };
}

/** What the night staff must know: flags for a quick look, then free text per topic. */
export function CareNotesForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const form = useForm<CareNotesValues>({
    resolver: catalogueResolver(careNotesFormSchema, t),
    defaultValues: careNotesValuesOf(person),
  });
  const { register, handleSubmit, formState, control } = form;
  const notes = useWatch({ control, name: 'careNotes' });
  const written = (topic: (typeof CARE_TOPICS)[number]) => (notes[topic] ?? '').trim() !== '';
  const errors = formState.errors.careNotes;
  const { save, confirmDuplicate, state } = useSectionSave(form, careNotesValuesOf);
  const submit = handleSubmit(async (values) => {
    // A topic written since it was marked 特になし is no longer "nothing to note".
    const { nothingToNote, ...careNotes } = values.careNotes;
    const none = (nothingToNote ?? []).filter((topic) => !(careNotes[topic] ?? '').trim());
    await save({
      ...person,
      careNotes: none.length > 0 ? { ...careNotes, nothingToNote: none } : careNotes,
    });
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('persons.care.title')}>
      <Controller
        control={control}
        name="careNotes.flags"
        render={({ field }) => (
          <FormGroup row role="group" aria-labelledby="care-flags-label" sx={{ mb: 2 }}>
            <FormLabel id="care-flags-label" sx={{ width: '100%', mb: 0.5 }}>
              {t('persons.care.flagsLabel')}
            </FormLabel>
            {CARE_FLAGS.map((flag) => (
              <FormControlLabel
                key={flag}
                label={t(`persons.care.flag.${flag}`)}
                control={
                  <Checkbox
                    checked={field.value.includes(flag)}
                    onChange={(_e, checked) =>
                      field.onChange(
                        checked
                          ? CARE_FLAGS.filter((f) => f === flag || field.value.includes(f))
                          : field.value.filter((f) => f !== flag),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        )}
      />
      <Grid container spacing={2}>
        {CARE_TOPICS.map((topic) => (
          <Grid key={topic} size={{ xs: 12, md: 6 }}>
            <TextField
              {...register(`careNotes.${topic}`, { setValueAs: emptyToUndefined })}
              label={t(`persons.care.${topic}`)}
              multiline
              minRows={2}
              fullWidth
              error={errors?.[topic] !== undefined}
              helperText={errors?.[topic]?.message}
              slotProps={{ htmlInput: { 'data-testid': `care-${topic}` } }}
            />
            <Controller
              control={control}
              name="careNotes.nothingToNote"
              render={({ field }) => {
                const marked = field.value ?? [];
                return (
                  <FormControlLabel
                    label={t('persons.care.nothingToNote')}
                    disabled={written(topic)}
                    control={
                      <Checkbox
                        size="small"
                        checked={marked.includes(topic) && !written(topic)}
                        onChange={(_e, checked) =>
                          field.onChange(
                            checked
                              ? CARE_TOPICS.filter((x) => x === topic || marked.includes(x))
                              : marked.filter((x) => x !== topic),
                          )
                        }
                        slotProps={{ input: { 'data-testid': `care-none-${topic}` } as object }}
                      />
                    }
                  />
                );
              }}
            />
          </Grid>
        ))}
      </Grid>
      <SaveBar
        state={state}
        onConfirmDuplicate={() => void confirmDuplicate()}
        formErrors={formErrorMessages(formState.errors)}
      />
    </form>
  );
}
