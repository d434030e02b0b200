import LoginIcon from '@mui/icons-material/Login';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInRefusal } from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { refusalMessage } from '../../api/errors-ja';
import type { StayActionRequest } from './useStayAction';
import type { Notice } from '../../common/NoticeSnackbar';
import { checkedInMessage } from './stayNotices';

interface BookingActionsProps {
  stay: Stay;
  today: string;
  name: string;
  busy: boolean;
  act: (request: StayActionRequest) => void;
  notify: (notice: Notice) => void;
}

/**
 * A booking not started: confirm it, check the guest in (from the arrival date; before it the
 * button says when), or cancel it with a reason.
 */
export function BookingActions({ stay, today, name, busy, act, notify }: BookingActionsProps) {
  const { t } = useTranslation();
  const [cancelReason, setCancelReason] = useState('');
  const refusal = checkInRefusal(stay, today);
  const done = (message: string) => () => notify({ severity: 'success', message });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        {stay.status === 'tentative' && (
          <Button
            variant="outlined"
            disabled={busy}
            data-testid="stay-confirm"
            onClick={() =>
              act({
                run: () => call('stays.update', { id: stay.id, changes: { status: 'confirmed' } }),
                onDone: done(t('stay.done.confirmed', { name })),
              })
            }
          >
            {t('stay.actions.confirm')}
          </Button>
        )}
        <Button
          variant="contained"
          startIcon={<LoginIcon aria-hidden />}
          disabled={busy || refusal !== null}
          aria-describedby={refusal ? 'stay-check-in-why' : undefined}
          data-testid="stay-check-in"
          onClick={() =>
            act({
              run: () => call('stays.checkIn', { id: stay.id }),
              onDone: done(checkedInMessage(t, name)),
            })
          }
        >
          {t('stay.actions.checkIn')}
        </Button>
      </Stack>
      {refusal && (
        <Typography
          id="stay-check-in-why"
          variant="body2"
          color="text.secondary"
          data-testid="stay-check-in-why"
        >
          {refusalMessage(refusal, t)}
        </Typography>
      )}
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
          onClick={() =>
            act({
              run: () => call('stays.cancel', { id: stay.id, reason: cancelReason }),
              onDone: done(t('stay.done.cancelled', { name })),
            })
          }
        >
          {t('stay.actions.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
