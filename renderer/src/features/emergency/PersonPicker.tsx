import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/schemas';
import { fullKana, fullName } from '../../common/personName';
import { RegistrationChip } from './RegistrationChip';
import { usePersonSearch } from '../persons/usePersonSearch';

interface PersonPickerProps {
  value: Person | null;
  onChange: (person: Person | null) => void;
}

/** Finds the person by name or kana, in either script; the service does the matching. */
export function PersonPicker({ value, onChange }: PersonPickerProps) {
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
      noOptionsText={t('emergency.noPersonFound')}
      renderOption={({ key, ...props }, person) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1 }}>
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
          label={t('emergency.personLabel')}
          placeholder={t('emergency.personPlaceholder')}
          autoFocus
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'emergency-person' },
          }}
        />
      )}
    />
  );
}
