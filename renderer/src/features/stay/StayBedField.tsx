import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bed, Stay } from '../../../../shared/domain/schemas';

interface StayBedFieldProps {
  stay: Stay;
  beds: readonly Bed[];
  busy: boolean;
  /** Moves the stay: goes through the same check (and override reasons) as a drag. */
  onChangeBed: (bedId: string) => void;
}

/** Change the bed of a stay that has not ended. */
export function StayBedField({ stay, beds, busy, onChangeBed }: StayBedFieldProps) {
  const { t } = useTranslation();
  const [bedId, setBedId] = useState(stay.bedId);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t('stay.actions.bed')}
        value={bedId}
        onChange={(event) => setBedId(event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'stay-bed-select' } }}
        sx={{ minWidth: 200 }}
      >
        {beds
          .filter((b) => b.active || b.id === stay.bedId)
          .map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {`${b.room ?? ''} ${b.name}`.trim()}
            </MenuItem>
          ))}
      </TextField>
      <Button
        variant="outlined"
        disabled={busy || bedId === stay.bedId}
        data-testid="stay-change-bed"
        onClick={() => onChangeBed(bedId)}
      >
        {t('stay.actions.changeBed')}
      </Button>
    </Stack>
  );
}
