import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MIN_SECRET_LENGTH, type Staff } from '../../../../shared/domain/staff';
import { call } from '../../api/client';
import { catalogueResolver } from '../../common/catalogueResolver';
import { ErrorState } from '../../common/ErrorState';
import { firstRunSchema, type FirstRunValues } from './staffForms';

/**
 * First run: no staff exists, so the app asks for the first manager (there is no default
 * account or password), then signs them in. The server accepts this only while the register
 * is empty (ALREADY_SET_UP).
 */
export function FirstRunForm({ onSignedIn }: { onSignedIn: (staff: Staff) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => firstRunSchema(t), [t]);
  const { register, handleSubmit, formState } = useForm({
    resolver: catalogueResolver(schema, t),
    defaultValues: { name: '', nameKana: '', secret: '', secretAgain: '' },
  });
  const { errors } = formState;
  const setUp = useMutation({
    mutationFn: async ({ name, nameKana, secret }: FirstRunValues) => {
      const staff = await call('staff.setup', { name, nameKana, secret });
      return call('session.signIn', { staffId: staff.id, secret });
    },
    onSuccess: (answer) => onSignedIn(answer.staff),
  });
  const field = (name: keyof FirstRunValues, hint?: string) => ({
    ...register(name),
    label: t(`session.firstRun.${name}`),
    error: errors[name] !== undefined,
    helperText: errors[name]?.message ?? hint ?? ' ',
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `first-run-${name}` } },
  });
  return (
    <Stack
      component="form"
      spacing={1}
      noValidate
      onSubmit={(event) => void handleSubmit((values) => setUp.mutate(values))(event)}
      data-testid="first-run"
    >
      <Typography variant="h5" component="h1">
        {t('session.firstRun.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ pb: 2 }}>
        {t('session.firstRun.body')}
      </Typography>
      <TextField {...field('name')} required autoComplete="name" autoFocus />
      <TextField {...field('nameKana', t('session.firstRun.nameKanaHint'))} required />
      <TextField
        {...field('secret', t('session.firstRun.secretHint', { min: MIN_SECRET_LENGTH }))}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField {...field('secretAgain')} type="password" autoComplete="new-password" required />
      {setUp.isError && <ErrorState error={setUp.error} />}
      <Button
        type="submit"
        variant="contained"
        size="large"
        startIcon={<PersonAddIcon aria-hidden />}
        disabled={setUp.isPending}
        data-testid="first-run-submit"
      >
        {t('session.firstRun.submit')}
      </Button>
    </Stack>
  );
}
