import LoginIcon from '@mui/icons-material/Login';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffName } from '../../../../shared/domain/staff';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';

/**
 * The secret of one chosen member of staff, and the sign-in. A refusal (wrong secret with the
 * tries left, locked until when) is shown in the UI language from its code; the typed secret is
 * cleared after each try and never kept anywhere else.
 */
export function SecretForm({
  staff,
  onSignedIn,
}: {
  staff: StaffName;
  onSignedIn: (staff: Staff) => void;
}) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const signIn = useMutation({
    mutationFn: (typed: string) => call('session.signIn', { staffId: staff.id, secret: typed }),
    onSuccess: (answer) => onSignedIn(answer.staff),
    onSettled: () => setSecret(''),
  });
  const refusal = signIn.isError ? describeApiError(signIn.error, t).message : null;
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (secret !== '') signIn.mutate(secret);
      }}
    >
      <Typography variant="h6" component="p" data-testid="sign-in-as">
        {t('session.signIn.signInAs', { name: staff.name })}
      </Typography>
      <TextField
        type="password"
        label={t('session.signIn.secret')}
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
        autoComplete="current-password"
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'sign-in-secret' } }}
      />
      {refusal !== null && (
        <Alert severity="error" role="alert" data-testid="sign-in-error">
          {refusal}
        </Alert>
      )}
      <Button
        type="submit"
        variant="contained"
        size="large"
        startIcon={<LoginIcon aria-hidden />}
        disabled={secret === '' || signIn.isPending}
        data-testid="sign-in-submit"
      >
        {t('session.signIn.submit')}
      </Button>
    </Stack>
  );
}
