import RestoreIcon from '@mui/icons-material/Restore';
import WarningIcon from '@mui/icons-material/Warning';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../../shared/api/contract';
import { backupTimeLabel } from './backupTime';
import { fileNameOf } from './fileName';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { useRestoreBackup } from './useRestoreBackup';

/** Takes the whole window: nothing else may run on a damaged store until it is restored. */
export function DamagedStorageNotice({ status }: { status: StorageStatus }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const restore = useRestoreBackup();
  const backup = status.newestBackup;
  // The audit log is always restorable (its good lines are kept); a data file needs a backup.
  const restorable = status.restore.some(
    (step) => step.backup !== null || step.file.endsWith('audit.jsonl'),
  );

  const confirm = () => {
    restore.mutate(undefined, { onSuccess: () => setConfirming(false) });
  };

  return (
    <Box
      component="main"
      data-testid="storage-damaged"
      sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', py: 4 }}
    >
      <Container maxWidth="md">
        <Paper sx={{ p: 4 }}>
          <Stack spacing={3}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <WarningIcon color="error" fontSize="large" aria-hidden />
              <Typography variant="h4" component="h1">
                {t('storage.title')}
              </Typography>
            </Stack>
            <Typography>{t('storage.intro')}</Typography>
            <List dense sx={{ bgcolor: 'background.default', borderRadius: 1 }}>
              {status.damaged.map((damage) => (
                <ListItem key={damage.file} data-testid="storage-damaged-file">
                  <ListItemText
                    primary={t('storage.damagedFile', { file: fileNameOf(damage.file) })}
                    secondary={t('storage.keptAs', { keptAs: fileNameOf(damage.keptAs) })}
                  />
                </ListItem>
              ))}
            </List>
            {!restorable ? (
              <Alert severity="warning">{t('storage.noBackup')}</Alert>
            ) : (
              <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
                <Typography>{t('storage.backupIntro')}</Typography>
                {backup !== null && (
                  <Typography sx={{ fontWeight: 'bold' }}>
                    {t('storage.newestBackup', {
                      backup: backupTimeLabel(backup, i18n.language),
                    })}
                  </Typography>
                )}
                <Button
                  variant="contained"
                  size="large"
                  startIcon={<RestoreIcon aria-hidden />}
                  onClick={() => {
                    restore.reset();
                    setConfirming(true);
                  }}
                  data-testid="restore-backup"
                >
                  {t('storage.restore')}
                </Button>
              </Stack>
            )}
          </Stack>
        </Paper>
      </Container>
      {restorable && (
        <RestoreConfirmDialog
          open={confirming}
          steps={status.restore}
          restoring={restore.isPending}
          error={restore.error}
          onCancel={() => setConfirming(false)}
          onConfirm={confirm}
        />
      )}
    </Box>
  );
}
