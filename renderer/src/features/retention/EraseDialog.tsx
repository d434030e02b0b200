import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRow } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { channelQuery } from '../../api/queries';
import { LoadingState } from '../../common/LoadingState';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { confirmsName } from './confirmName';

export interface Erased {
  name: string;
  counts: { stays: number; trainingRecords: number; days: number };
}

/**
 * The erase's confirmation: it names what will be removed, counted (retention.preview), what is
 * not (the audit trail's ids, paper already printed, the backups until they roll off), and asks
 * for the person's name typed before the button works. Cancel has the initial focus. A refusal
 * (RETENTION_NOT_ENDED) is shown in words and nothing is erased.
 */
export function EraseDialog({
  row,
  backupsKept,
  onClose,
  onErased,
}: {
  row: RetentionRow;
  backupsKept: number;
  onClose: () => void;
  onErased: (erased: Erased) => void;
}) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const name = fullName(row);
  const preview = useQuery(channelQuery('retention.preview', { personId: row.id }));
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () => call('retention.erase', { personId: row.id }),
    onSuccess: ({ counts }) => onErased({ name, counts }),
  });
  const counts = preview.data?.counts;
  const ended = preview.data?.ended ?? false;
  const confirmed = confirmsName(typed, row);
  return (
    <Dialog
      open
      onClose={erase.isPending ? undefined : onClose}
      aria-labelledby="erase-title"
      aria-describedby="erase-body"
      data-testid="erase-dialog"
    >
      <DialogTitle id="erase-title">{t('retention.dialog.title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="erase-body">{t('retention.dialog.body')}</DialogContentText>
        {preview.isPending && <LoadingState />}
        {preview.isError && (
          <Alert severity="error">{describeApiError(preview.error, t).message}</Alert>
        )}
        {counts && (
          <List dense data-testid="erase-preview">
            {[
              t('retention.dialog.person'),
              t('retention.dialog.stays', { count: counts.stays }),
              t('retention.dialog.goals', { count: counts.goals }),
              t('retention.dialog.staffComments', { count: counts.staffComments }),
              t('retention.dialog.trainingRecords', { count: counts.trainingRecords }),
              t('retention.dialog.days', { count: counts.days }),
            ].map((text) => (
              <ListItem key={text} disableGutters>
                <ListItemText primary={text} />
              </ListItem>
            ))}
          </List>
        )}
        <Alert severity="info" sx={{ mb: 1 }} data-testid="erase-kept">
          {[
            t('retention.dialog.audit'),
            t('retention.dialog.paperwork'),
            t('retention.dialog.backups', { kept: backupsKept }),
          ].map((text) => (
            <Typography key={text} variant="body2" sx={{ mb: 0.5 }}>
              {text}
            </Typography>
          ))}
        </Alert>
        {preview.isSuccess && !ended && (
          <Alert severity="warning" sx={{ mb: 1 }} data-testid="erase-not-ended">
            {preview.data.keptUntil
              ? t('retention.dialog.notEnded', { date: long(preview.data.keptUntil) })
              : t('errors.RETENTION_NOT_ENDED_noDate')}
          </Alert>
        )}
        <TextField
          fullWidth
          label={t('retention.dialog.confirmLabel')}
          helperText={t('retention.dialog.confirmHint', { name })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={erase.isPending}
          autoComplete="off"
          slotProps={{ htmlInput: { 'data-testid': 'erase-confirm-name' } }}
          sx={{ mt: 1 }}
        />
        {erase.isError && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }} data-testid="erase-error">
            {describeApiError(erase.error, t).message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={erase.isPending} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => erase.mutate()}
          disabled={!confirmed || !ended || erase.isPending}
          data-testid="erase-confirm"
        >
          {erase.isPending ? t('retention.dialog.erasing') : t('retention.dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
