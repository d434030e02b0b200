import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN, type KeyState } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { SignInFrame } from '../session/SignInFrame';

/**
 * The screens that open a data folder the app cannot open by itself (KeyGate draws them): with
 * the recovery key, or with the passphrase chosen on this PC (docs/storage.md). Their own chunk:
 * most starts never draw them.
 */

/** The frame both screens share: a title, what to do, the fields, a refusal, the button. */
function KeyForm(props: {
  testId: string;
  title: string;
  body: string;
  error: string | null;
  submitLabel: string;
  submitTestId: string;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <SignInFrame testId={props.testId}>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <Typography variant="h5" component="h1">
          {props.title}
        </Typography>
        <Typography variant="body2">{props.body}</Typography>
        {props.children}
        {props.error !== null && (
          <Alert severity="error" role="alert" data-testid="key-error">
            {props.error}
          </Alert>
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          startIcon={<LockOpenIcon aria-hidden />}
          disabled={props.disabled}
          data-testid={props.submitTestId}
        >
          {props.submitLabel}
        </Button>
      </Stack>
    </SignInFrame>
  );
}

export function RecoveryKeyScreen({ onOpened }: { onOpened: (state: KeyState) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const recover = useMutation({
    mutationFn: (recoveryKey: string) => call('storage.recover', { recoveryKey }),
    onSuccess: onOpened,
  });
  return (
    <KeyForm
      testId="key-recovery"
      title={t('storage.keyMissingTitle')}
      body={t('storage.keyMissingBody')}
      error={recover.isError ? describeApiError(recover.error, t).message : null}
      submitLabel={t('storage.recoverOpen')}
      submitTestId="recover-submit"
      disabled={code.trim() === '' || recover.isPending}
      onSubmit={() => {
        if (code.trim() !== '') recover.mutate(code.trim());
      }}
    >
      <TextField
        label={t('storage.recoveryKeyLabel')}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'recovery-key-input', spellCheck: false } }}
      />
    </KeyForm>
  );
}

export function PassphraseScreen({
  isSet,
  onOpened,
}: {
  isSet: boolean;
  onOpened: (state: KeyState) => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const unlock = useMutation({
    mutationFn: (typed: string) => call('storage.unlock', { passphrase: typed }),
    onSuccess: onOpened,
    onSettled: () => {
      setPassphrase('');
      setAgain('');
    },
  });
  const submit = () => {
    if (passphrase.length < PASSPHRASE_MIN) {
      setProblem(t('storage.passphraseTooShort', { min: PASSPHRASE_MIN }));
      return;
    }
    if (!isSet && passphrase !== again) {
      setProblem(t('storage.passphraseMismatch'));
      return;
    }
    setProblem(null);
    unlock.mutate(passphrase);
  };
  return (
    <KeyForm
      testId="key-passphrase"
      title={t('storage.passphraseTitle')}
      body={
        isSet
          ? t('storage.passphraseBody')
          : t('storage.passphraseBodyNew', { min: PASSPHRASE_MIN })
      }
      error={problem ?? (unlock.isError ? describeApiError(unlock.error, t).message : null)}
      submitLabel={t('storage.passphraseOpen')}
      submitTestId="passphrase-submit"
      disabled={passphrase === '' || unlock.isPending}
      onSubmit={submit}
    >
      <TextField
        type="password"
        label={t('storage.passphraseLabel')}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        autoComplete={isSet ? 'current-password' : 'new-password'}
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'passphrase-input' } }}
      />
      {!isSet && (
        <TextField
          type="password"
          label={t('storage.passphraseAgainLabel')}
          value={again}
          onChange={(event) => setAgain(event.target.value)}
          autoComplete="new-password"
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': 'passphrase-again' } }}
        />
      )}
    </KeyForm>
  );
}
