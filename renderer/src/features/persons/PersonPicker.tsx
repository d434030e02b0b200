import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonListItem } from '../../../../shared/domain/schemas';
import { fullKana, fullName } from '../../common/personName';
import { RegistrationChip } from './RegistrationChip';
import { usePersonSearch } from './usePersonSearch';

/** A person as the search finds them: no contacts, no care notes. */
export type PickedPerson = PersonListItem;

interface PersonPickerProps {
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  label: string;
  /** Said under the field while nothing is wrong. */
  hint?: string;
  placeholder?: string;
  /** Said under the field, in red, instead of the hint. */
  error?: string;
  /** What to say when the search finds nobody (e.g. where to register them). */
  noneFound: string;
  autoFocus?: boolean;
  required?: boolean;
  testId: string;
}

/**
 * Finds a person by name or kana, in either script, as the desk types (the service does the
 * matching). Each option shows the name, its reading and 要登録 when the person still needs
 * registering: the booking dialog and the emergency intake pick people the same way.
 */
export function PersonPicker(props: PersonPickerProps) {
  const { value, onChange, label, hint, placeholder, error, noneFound, testId } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = usePersonSearch(text);
  return (
    <Autocomplete
      options={search.data ?? []}
      value={value}
      onChange={(_, person) => onChange(person)}
      inputValue={text}
      onInputChange={(_, next) => setText(next)}
      // The list is already the service's answer for the text; filtering again would drop kana.
      filterOptions={(options) => options}
      getOptionLabel={(person) => `${fullName(person)}（${fullKana(person)}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={search.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={noneFound}
      renderOption={({ key, ...optionProps }, person) => (
        <Box component="li" key={key} {...optionProps} sx={{ gap: 1 }}>
          <Typography component="span">{fullName(person)}</Typography>
          <Typography component="span" variant="body2" color="text.secondary">
            {fullKana(person)}
          </Typography>
          <RegistrationChip person={person} />
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          required={props.required}
          autoFocus={props.autoFocus}
          helperText={error ?? hint}
          error={error !== undefined}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId },
          }}
        />
      )}
    />
  );
}
