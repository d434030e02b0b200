import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';

interface StayStatusActionsProps {
  stay: Stay;
  today: string;
  busy: boolean;
  run: (action: () => Promise<Stay>) => void;
}

/**
 * What can happen to the stay next: confirm, check in, check out (an earlier date frees the
 * remaining nights), cancel with a reason. The server decides whether each is allowed now.
 */
export function StayStatusActions({ stay, today, busy, run }: StayStatusActionsProps) {
  const { t } = useTranslation();
  const [checkOutDate, setCheckOutDate] = useState(today < stay.end ? today : stay.end);
  const [cancelReason, setCancelReason] = useState('');
  const open = stay.status === 'tentative' || stay.status === 'confirmed';
  const early = checkOutDate < stay.end;
  return (
    <Stack spacing={2}>
      {open && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {stay.status === 'tentative' && (
            <Button
              variant="outlined"
              disabled={busy}
              data-testid="stay-confirm"
              onClick={() =>
                run(() => call('stays.update', { id: stay.id, changes: { status: 'confirmed' } }))
              }
            >
              {t('stay.actions.confirm')}
            </Button>
          )}
          <Button
            variant="contained"
            disabled={busy}
            data-testid="stay-check-in"
            onClick={() => run(() => call('stays.checkIn', { id: stay.id }))}
          >
            {t('stay.actions.checkIn')}
          </Button>
        </Stack>
      )}
      {stay.status === 'in_stay' && (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              type="date"
              size="small"
              label={t('stay.actions.checkOutDate')}
              value={checkOutDate}
              onChange={(event) => setCheckOutDate(event.target.value)}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: { 'data-testid': 'stay-check-out-date', max: stay.end },
              }}
            />
            <Button
              variant="contained"
              disabled={busy || checkOutDate === ''}
              data-testid="stay-check-out"
              onClick={() => run(() => call('stays.checkOut', { id: stay.id, date: checkOutDate }))}
            >
              {early ? t('stay.actions.checkOutEarly') : t('stay.actions.checkOut')}
            </Button>
          </Stack>
          {early && (
            <Typography variant="caption" color="text.secondary">
              {t('stay.actions.earlyHint')}
            </Typography>
          )}
        </Stack>
      )}
      {open && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={t('stay.actions.cancelReason')}
            value={cancelReason}
            onChange={(event) => setCancelReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'stay-cancel-reason' } }}
            sx={{ flexGrow: 1 }}
          />
          <Button
            color="error"
            variant="outlined"
            disabled={busy || cancelReason.trim() === ''}
            data-testid="stay-cancel"
            onClick={() => run(() => call('stays.cancel', { id: stay.id, reason: cancelReason }))}
          >
            {t('stay.actions.cancel')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
