import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type {
  ConnectionTestResult,
  ConnectionView,
  ImportResult,
  ServerInput,
} from '../../../../shared/api/connection-schemas';
import { call } from '../../api/client';
import { channelKey, channelQuery } from '../../api/queries';
import { catalogueResolver } from '../../common/catalogueResolver';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { UnsavedMarker } from '../../common/unsaved/UnsavedMarker';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import {
  connectionFormSchema,
  connectionFormValues,
  connectionSaveOf,
  serverInputOf,
  type ConnectionFormOutput,
  type ConnectionFormValues,
} from './connectionForm';

/** The test's answer in the screen's words: what is wrong, and what to do about it. */
function TestAnswer({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation();
  if (result.ok) {
    return (
      <Alert severity="success" data-testid="connection-test-answer">
        {result.found === 0
          ? t('settings.connection.test.okEmpty')
          : t('settings.connection.test.ok', { version: result.found })}
      </Alert>
    );
  }
  return (
    <Alert severity="error" data-testid="connection-test-answer">
      {t(`settings.connection.test.${result.problem}`, {
        found: result.found,
        known: result.known,
      })}
    </Alert>
  );
}

/** What moving this PC's data did: the records per table, or what stood in the way. */
function ImportAnswer({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  if (!result.ok) {
    const { problem } = result;
    return (
      <Alert severity="error" data-testid="connection-import-answer">
        {problem === 'notEmpty' || problem === 'notVerified'
          ? t(`settings.connection.import.${problem}`)
          : t(`settings.connection.test.${problem}`, { found: result.found, known: result.known })}
      </Alert>
    );
  }
  const count = (table: string) => result.tables.find((row) => row.table === table)?.count ?? 0;
  return (
    <Alert severity="success" data-testid="connection-import-answer">
      {t('settings.connection.import.done', {
        persons: count('persons'),
        stays: count('stays'),
        records: count('trainingRecords'),
        audit: count('audit'),
      })}
    </Alert>
  );
}

/** Item 7 of the issue: backups of the facility's server are the server's own (pg_dump). */
function ServerBackups() {
  const { t } = useTranslation();
  return (
    <Alert severity="info" data-testid="connection-backups">
      <Typography variant="subtitle2" component="h3">
        {t('settings.connection.backups.title')}
      </Typography>
      <Typography variant="body2">{t('settings.connection.backups.text')}</Typography>
      <Typography
        variant="body2"
        component="pre"
        sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap', my: 1 }}
      >
        {t('settings.connection.backups.commands')}
      </Typography>
      <Typography variant="body2">{t('settings.connection.backups.portable')}</Typography>
    </Alert>
  );
}

function ConnectionForm({ view }: { view: ConnectionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const schema = useMemo(() => connectionFormSchema(t), [t]);
  const form = useForm<ConnectionFormValues, unknown, ConnectionFormOutput>({
    resolver: catalogueResolver(schema, t),
    defaultValues: connectionFormValues(view.saved),
  });
  const { register, control, handleSubmit, formState, reset } = form;
  const errors = formState.errors as Partial<
    Record<keyof ConnectionFormValues, { message?: string }>
  >;
  const kind = useWatch({ control, name: 'kind' });
  const dirty = anyFieldDirty(formState.dirtyFields);
  useUnsavedChanges(dirty);

  const test = useMutation({
    mutationFn: (server: ServerInput) => call('connection.test', server),
  });
  const save = useMutation({
    mutationFn: (values: ConnectionFormOutput) => call('connection.save', connectionSaveOf(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(channelKey('connection.get', {}), saved);
      reset(connectionFormValues(saved.saved));
    },
  });
  const moveData = useMutation({
    mutationFn: (server: ServerInput) => call('connection.import', server),
    onSuccess: async (moved) => {
      if (!moved.ok) return;
      // The server is now the choice for the next start.
      const next = await call('connection.get', {});
      queryClient.setQueryData(channelKey('connection.get', {}), next);
      reset(connectionFormValues(next.saved));
    },
  });
  const [confirmMove, setConfirmMove] = useState(false);
  const saved = view.saved;
  const field = (name: 'host' | 'port' | 'database' | 'user' | 'password') => ({
    ...register(name),
    label: t(`settings.connection.fields.${name}`),
    error: errors[name] !== undefined,
    helperText: errors[name]?.message ?? ' ',
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `connection-${name}` } },
  });

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)}
    >
      <Controller
        control={control}
        name="kind"
        render={({ field: choice }) => (
          <RadioGroup
            row
            aria-label={t('settings.connection.choice')}
            value={choice.value}
            onChange={(_, value) => {
              choice.onChange(value);
              test.reset();
            }}
          >
            <FormControlLabel
              value="embedded"
              control={
                <Radio slotProps={{ input: { 'data-testid': 'connection-embedded' } as object }} />
              }
              label={t('settings.connection.embedded')}
            />
            <FormControlLabel
              value="server"
              control={
                <Radio slotProps={{ input: { 'data-testid': 'connection-server' } as object }} />
              }
              label={t('settings.connection.server')}
            />
          </RadioGroup>
        )}
      />
      <Typography variant="body2" color="text.secondary">
        {kind === 'server'
          ? t('settings.connection.serverHint')
          : t('settings.connection.embeddedHint')}
      </Typography>
      {kind === 'server' && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField {...field('host')} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4, md: 2 }}>
            <TextField {...field('port')} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 8, md: 4 }}>
            <TextField {...field('database')} required />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField {...field('user')} required autoComplete="off" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              {...field('password')}
              type="password"
              autoComplete="new-password"
              helperText={
                errors.password?.message ??
                (saved?.kind === 'server' && saved.hasPassword
                  ? t('settings.connection.passwordKept')
                  : t('settings.connection.passwordHint'))
              }
            />
          </Grid>
          <Grid size={12}>
            <Controller
              control={control}
              name="tls"
              render={({ field: tls }) => (
                <FormControlLabel
                  control={
                    <Switch
                      checked={tls.value}
                      onChange={(_, on) => tls.onChange(on)}
                      slotProps={{ input: { 'data-testid': 'connection-tls' } as object }}
                    />
                  }
                  label={t('settings.connection.fields.tls')}
                />
              )}
            />
          </Grid>
        </Grid>
      )}
      {test.data && <TestAnswer result={test.data} />}
      {moveData.data && <ImportAnswer result={moveData.data} />}
      {moveData.isError && <ErrorState error={moveData.error} />}
      {test.isError && <ErrorState error={test.error} />}
      {save.isError && <ErrorState error={save.error} />}
      {save.isSuccess && !dirty && (
        <Alert severity="success" data-testid="connection-saved">
          {t('settings.connection.saved')}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {kind === 'server' && (
          <Button
            variant="outlined"
            disabled={test.isPending}
            data-testid="connection-test"
            onClick={() =>
              void handleSubmit((values) => {
                if (values.kind === 'server') test.mutate(serverInputOf(values));
              })()
            }
          >
            {t('settings.connection.testButton')}
          </Button>
        )}
        <Button
          type="submit"
          variant="contained"
          disabled={!dirty || save.isPending}
          data-testid="connection-save"
        >
          {t('settings.connection.save')}
        </Button>
        {kind === 'server' && view.running.kind === 'embedded' && (
          <Button
            variant="outlined"
            disabled={moveData.isPending}
            data-testid="connection-import"
            onClick={() => void handleSubmit(() => setConfirmMove(true))()}
          >
            {t('settings.connection.import.button')}
          </Button>
        )}
        {dirty && <UnsavedMarker />}
      </Stack>
      <Dialog
        open={confirmMove}
        onClose={() => setConfirmMove(false)}
        aria-labelledby="connection-import-title"
      >
        <DialogTitle id="connection-import-title">
          {t('settings.connection.import.title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('settings.connection.import.confirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmMove(false)}>
            {t('settings.connection.import.cancel')}
          </Button>
          <Button
            variant="contained"
            data-testid="connection-import-confirm"
            onClick={() =>
              void handleSubmit((values) => {
                setConfirmMove(false);
                if (values.kind === 'server') moveData.mutate(serverInputOf(values));
              })()
            }
          >
            {t('settings.connection.import.go')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

/**
 * 「データの保存先」 on 施設設定 (manager only): where this copy of Tomari keeps the facility's
 * data — 「このPCだけ」 or 「施設のサーバー」 (docs/postgres.md). The desktop app saves the choice
 * in its own configuration, the password sealed by the system; it takes effect at the next
 * start. The browser host shows what it was started with, read-only.
 */
export function ConnectionSection() {
  const { t } = useTranslation();
  const view = useQuery(channelQuery('connection.get', {}));
  return (
    <Paper component="section" aria-labelledby="connection-title" sx={{ p: 3 }}>
      <Typography id="connection-title" variant="h6" component="h2">
        {t('settings.connection.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('settings.connection.hint')}
      </Typography>
      {view.isPending ? (
        <LoadingState />
      ) : view.isError ? (
        <ErrorState error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <Stack spacing={2}>
          <Typography data-testid="connection-running">
            {view.data.running.kind === 'embedded'
              ? t('settings.connection.runningEmbedded')
              : t('settings.connection.runningServer', { address: view.data.running.address })}
          </Typography>
          {view.data.canChange ? (
            <ConnectionForm view={view.data} />
          ) : (
            <Alert severity="info" data-testid="connection-fixed">
              {t('settings.connection.fixed')}
            </Alert>
          )}
          {(view.data.running.kind === 'server' || view.data.saved?.kind === 'server') && (
            <ServerBackups />
          )}
        </Stack>
      )}
    </Paper>
  );
}
