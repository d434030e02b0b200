import SaveIcon from '@mui/icons-material/Save';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/schemas';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { NoticeSnackbar, type Notice } from '../../common/NoticeSnackbar';
import { PageHeader } from '../../common/PageHeader';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { UnsavedMarker } from '../../common/unsaved/UnsavedMarker';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import {
  facilityFormSchema,
  facilityFormValues,
  type FacilityFormValues,
  type FacilitySettings,
} from './facilityForm';
import { DayDefaultsTable } from './DayDefaultsTable';
import { RecoveryKeySection } from '../storage/RecoveryKeySection';
import { useCan } from '../session/SessionContext';
import { useSaveSettings } from './useSaveSettings';
import { useSettings } from './useSettings';
import { catalogueResolver } from '../../common/catalogueResolver';
import { ConnectionSection } from './ConnectionSection';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 3 }}>
      <Typography id={id} variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {hint}
      </Typography>
      {children}
    </Paper>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const schema = useMemo(() => facilityFormSchema(t), [t]);
  const form = useForm<FacilityFormValues, unknown, FacilitySettings>({
    resolver: catalogueResolver(schema, t),
    defaultValues: facilityFormValues(settings),
  });
  const { register, handleSubmit, control, formState, reset } = form;
  const { errors } = formState;
  const dirty = anyFieldDirty(formState.dirtyFields);
  useUnsavedChanges(dirty);
  const save = useSaveSettings();
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        reset(facilityFormValues(saved));
        setNotice({ severity: 'success', message: t('settings.saved') });
      },
    }),
  );
  const field = (
    name: Exclude<keyof FacilityFormValues, 'dayDefaults'>,
    extra: { hint?: string; type?: string } = {},
  ) => ({
    ...register(name),
    label: t(`settings.fields.${name}`),
    error: errors[name] !== undefined,
    helperText: errors[name]?.message ?? extra.hint ?? ' ',
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `settings-${name}`, inputMode: extra.type } },
  });

  return (
    <Stack component="form" spacing={3} onSubmit={(event) => void submit(event)} noValidate>
      <Section
        id="facility-title"
        title={t('settings.facilityTitle')}
        hint={t('settings.facilityHint')}
      >
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField {...field('facilityName')} required />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField {...field('address', { hint: t('settings.hints.address') })} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField {...field('phone', { hint: t('settings.hints.phone'), type: 'tel' })} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField
              {...field('providerNumber', {
                hint: t('settings.hints.providerNumber'),
                type: 'numeric',
              })}
            />
          </Grid>
        </Grid>
      </Section>
      <Section id="days-title" title={t('settings.daysTitle')} hint={t('settings.daysHint')}>
        <Controller
          control={control}
          name="dayDefaults"
          render={({ field: defaults }) => (
            <DayDefaultsTable value={defaults.value} onChange={defaults.onChange} />
          )}
        />
      </Section>
      <Section id="limits-title" title={t('settings.limitsTitle')} hint={t('settings.limitsHint')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Controller
              control={control}
              name="fiscalYearStartMonth"
              render={({ field: month }) => (
                <TextField
                  select
                  fullWidth
                  label={t('settings.fields.fiscalYearStartMonth')}
                  helperText={t('settings.hints.fiscalYearStartMonth')}
                  {...month}
                  slotProps={{ htmlInput: { 'data-testid': 'settings-fiscalYearStartMonth' } }}
                >
                  {MONTHS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {t('settings.month', { month: m })}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('experienceAnnualCapDays', {
                hint: t('settings.hints.experienceAnnualCapDays'),
                type: 'numeric',
              })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('experienceMaxDaysPerStay', {
                hint: t('settings.hints.experienceMaxDaysPerStay'),
                type: 'numeric',
              })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('emergencyMaxDays', {
                hint: t('settings.hints.emergencyMaxDays'),
                type: 'numeric',
              })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('consecutiveDaysLimit', {
                hint: t('settings.hints.consecutiveDaysLimit'),
                type: 'numeric',
              })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('emergencyReadyBeds', {
                hint: t('settings.hints.emergencyReadyBeds'),
                type: 'numeric',
              })}
            />
          </Grid>
        </Grid>
      </Section>
      <Section id="lock-title" title={t('settings.lockTitle')} hint={t('settings.lockHint')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              {...field('idleLockMinutes', {
                hint: t('settings.hints.idleLockMinutes'),
                type: 'numeric',
              })}
            />
          </Grid>
        </Grid>
      </Section>
      {save.isError && <ErrorState error={save.error} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          type="submit"
          variant="contained"
          startIcon={<SaveIcon aria-hidden />}
          disabled={!dirty || save.isPending}
          data-testid="settings-save"
        >
          {t('settings.save')}
        </Button>
        {dirty && <UnsavedMarker />}
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="settings-notice" />
    </Stack>
  );
}

/**
 * 施設設定: the manager's screen for the settings the facility has today — its name, address,
 * phone and 事業所番号 as the papers print them, the caps and limits the booking rules apply,
 * and what a day of use holds on the 実績記録票 until the desk records it.
 */
export function FacilitySettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const mayRenewKey = useCan('storage.newRecoveryKey');
  return (
    <Container maxWidth="lg" sx={{ py: 3 }}>
      <Stack spacing={3}>
        <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
        {settings.isPending ? (
          <LoadingState />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <SettingsForm settings={settings.data} />
        )}
        {mayRenewKey && <RecoveryKeySection />}
        <ConnectionSection />
      </Stack>
    </Container>
  );
}
