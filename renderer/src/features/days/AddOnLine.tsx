import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayDays } from '../../../../shared/api/paperwork-schemas';
import type { Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { ErrorState } from '../../common/ErrorState';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { useStaffNames } from '../session/useStaffNames';

interface AddOnLineProps {
  stay: Stay;
  addOn: NonNullable<StayDays['addOn']>;
}

/**
 * The 緊急短期入所受入加算 of an emergency stay: the day it is on out of the limit (7, or 14
 * with the manager's recorded reason), and the manager's way to record or withdraw that reason.
 */
export function AddOnLine({ stay, addOn }: AddOnLineProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const approver = stay.addOnExtension?.approvedBy;
  const approverIds = useMemo(() => (approver ? [approver] : []), [approver]);
  const names = useStaffNames(approverIds);
  useUnsavedChanges(editing && reason.trim() !== '');
  const extend = useMutation({
    mutationFn: (next: string | null) =>
      call('emergency.extendAddOn', { stayId: stay.id, reason: next }),
    onSuccess: () => {
      setEditing(false);
      setReason('');
    },
  });
  return (
    <Stack spacing={1} data-testid="stay-add-on">
      <Typography variant="subtitle2" component="h4">
        {t('days.addOn.title')}
      </Typography>
      <Typography variant="body2" data-testid="stay-add-on-count">
        {t('days.addOn.count', { soFar: addOn.daysSoFar, limit: addOn.limit, days: addOn.days })}
      </Typography>
      {addOn.daysBeyond > 0 && (
        <Typography variant="body2" color="warning.main">
          {t('days.addOn.beyond', { days: addOn.daysBeyond })}
        </Typography>
      )}
      {stay.addOnExtension ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2">
            {t('days.addOn.extended', {
              reason: stay.addOnExtension.reason,
              by: names[stay.addOnExtension.approvedBy] ?? stay.addOnExtension.approvedBy,
            })}
          </Typography>
          <Button size="small" disabled={extend.isPending} onClick={() => extend.mutate(null)}>
            {t('days.addOn.withdraw')}
          </Button>
        </Stack>
      ) : editing ? (
        <Stack spacing={1}>
          <TextField
            size="small"
            multiline
            label={t('days.addOn.reasonLabel')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'add-on-reason' } }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              size="small"
              variant="contained"
              disabled={extend.isPending || reason.trim() === ''}
              onClick={() => extend.mutate(reason.trim())}
              data-testid="add-on-save"
            >
              {t('days.addOn.saveExtension')}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t('days.addOn.cancel')}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            size="small"
            variant="outlined"
            onClick={() => setEditing(true)}
            data-testid="add-on-extend"
          >
            {t('days.addOn.extend')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {t('days.addOn.extendHint')}
          </Typography>
        </Stack>
      )}
      {extend.isError && <ErrorState error={extend.error} />}
    </Stack>
  );
}
