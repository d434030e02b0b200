import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffName } from '../../../../shared/domain/staff';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { FirstRunForm } from './FirstRunForm';
import { NamePicker } from './NamePicker';
import { SecretForm } from './SecretForm';
import { SignInFrame } from './SignInFrame';

/** Pick a name, then its secret; "back" picks another name. */
export function NameThenSecret({
  names,
  onSignedIn,
}: {
  names: readonly StaffName[];
  onSignedIn: (staff: Staff) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<StaffName | null>(null);
  if (chosen === null) return <NamePicker names={names} onPick={setChosen} />;
  return (
    <Stack spacing={2}>
      <SecretForm key={chosen.id} staff={chosen} onSignedIn={onSignedIn} />
      <Button
        startIcon={<ArrowBackIcon aria-hidden />}
        onClick={() => setChosen(null)}
        data-testid="sign-in-back"
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('session.signIn.back')}
      </Button>
    </Stack>
  );
}

/**
 * What a shared PC shows when nobody is signed in: the first-run form while no staff exists,
 * otherwise the list of active staff to sign in from.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: (staff: Staff) => void }) {
  const { t } = useTranslation();
  const names = useQuery(channelQuery('session.staffNames', {}));
  // Once the register was found empty, the first-run form stays until its manager is signed in:
  // the list refreshes as soon as the manager exists, between setting up and signing in.
  const [firstRun, setFirstRun] = useState(false);
  if (!firstRun && names.data?.length === 0) setFirstRun(true);
  let body;
  if (firstRun) body = <FirstRunForm onSignedIn={onSignedIn} />;
  else if (names.isPending) body = <LoadingState />;
  else if (names.isError) {
    body = <ErrorState error={names.error} onRetry={() => void names.refetch()} />;
  } else {
    body = (
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          {t('session.signIn.title')}
        </Typography>
        <Typography color="text.secondary">{t('session.signIn.body')}</Typography>
        <NameThenSecret names={names.data} onSignedIn={onSignedIn} />
      </Stack>
    );
  }
  return <SignInFrame testId="sign-in">{body}</SignInFrame>;
}
