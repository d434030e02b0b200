import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { usePersonSearch } from '../persons/usePersonSearch';

export type PickedPerson = ChannelOutput<'persons.search'>[number];

interface PersonPickerProps {
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  autoFocus?: boolean;
}

/** Finds a registered person by name or kana (hiragana or katakana), as the desk types. */
export function PersonPicker({ value, onChange, error, autoFocus }: PersonPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = usePersonSearch(text);
  const label = (p: PickedPerson) =>
    t('booking.personOption', {
      familyName: p.familyName,
      givenName: p.givenName,
      familyNameKana: p.familyNameKana,
      givenNameKana: p.givenNameKana,
    });
  return (
    <Autocomplete
      value={value}
      onChange={(_event, person) => onChange(person)}
      inputValue={text}
      onInputChange={(_event, next) => setText(next)}
      options={search.data ?? []}
      // The server already matched name and kana; the list is shown as it came.
      filterOptions={(options) => options}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={search.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={t('booking.noPersonFound')}
      renderInput={(params) => (
        <TextField
          {...params}
          required
          autoFocus={autoFocus}
          label={t('booking.person')}
          helperText={error ?? t('booking.personHint')}
          error={error !== undefined}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'booking-person' },
          }}
        />
      )}
    />
  );
}
