import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byReading, staffMatches, type StaffName } from '../../../../shared/domain/staff';

/** The sign-in list: active staff by reading, narrowed by name or kana as one types. */
export function NamePicker({
  names,
  onPick,
}: {
  names: readonly StaffName[];
  onPick: (staff: StaffName) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const shown = useMemo(
    () => names.filter((s) => staffMatches(s, text)).sort(byReading),
    [names, text],
  );
  return (
    <Stack spacing={1}>
      <TextField
        label={t('session.signIn.search')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        fullWidth
        slotProps={{
          htmlInput: { 'data-testid': 'sign-in-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon aria-hidden />
              </InputAdornment>
            ),
          },
        }}
      />
      <List
        aria-label={t('session.signIn.listLabel')}
        sx={{ maxHeight: 320, overflowY: 'auto' }}
        data-testid="sign-in-names"
      >
        {shown.map((staff) => (
          // Each button in its own list item: a list holds items only (WCAG, axe's `list`).
          <ListItem key={staff.id} disablePadding>
            <ListItemButton onClick={() => onPick(staff)} data-testid={`sign-in-name-${staff.id}`}>
              <ListItemText primary={staff.name} secondary={staff.nameKana} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {shown.length === 0 && (
        <Typography color="text.secondary">{t('session.signIn.noMatch')}</Typography>
      )}
    </Stack>
  );
}
