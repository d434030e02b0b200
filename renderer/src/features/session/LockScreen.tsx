import LockIcon from '@mui/icons-material/Lock';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/domain/staff';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { SecretForm } from './SecretForm';
import { NameThenSecret } from './SignInScreen';
import { SignInFrame } from './SignInFrame';

/**
 * Drawn over the locked app (which stays mounted, hidden and inert): no guest, no booking, only
 * who was signed in. The same member of staff signs back in to the same screen with their input
 * kept; someone else may sign in instead (the app then starts afresh for them).
 */
export function LockScreen({
  lockedFor,
  unsavedInput,
  onSignedIn,
}: {
  lockedFor: Staff;
  unsavedInput: boolean;
  onSignedIn: (staff: Staff) => void;
}) {
  const { t } = useTranslation();
  const [someoneElse, setSomeoneElse] = useState(false);
  const names = useQuery({ ...channelQuery('session.staffNames', {}), enabled: someoneElse });
  return (
    <SignInFrame testId="lock-screen">
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <LockIcon aria-hidden />
          <Typography variant="h5" component="h1">
            {t('session.lock.title')}
          </Typography>
        </Stack>
        <Typography color="text.secondary">{t('session.lock.body')}</Typography>
        {unsavedInput && (
          <Alert severity="info" data-testid="lock-unsaved">
            {someoneElse ? t('session.lock.otherStaffUnsaved') : t('session.lock.unsaved')}
          </Alert>
        )}
        {!someoneElse ? (
          <>
            <SecretForm staff={lockedFor} onSignedIn={onSignedIn} />
            <Button
              startIcon={<SwitchAccountIcon aria-hidden />}
              onClick={() => setSomeoneElse(true)}
              data-testid="lock-other-staff"
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('session.lock.otherStaff')}
            </Button>
          </>
        ) : names.isPending ? (
          <LoadingState />
        ) : names.isError ? (
          <ErrorState error={names.error} onRetry={() => void names.refetch()} />
        ) : (
          <NameThenSecret names={names.data} onSignedIn={onSignedIn} />
        )}
      </Stack>
    </SignInFrame>
  );
}
