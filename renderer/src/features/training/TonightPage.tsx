import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInJapan } from '../../../../shared/domain/dates';
import { trainingDomains } from '../../../../shared/domain/training';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { useSettings } from '../settings/useSettings';
import { GuestCard } from './GuestCard';
import { useDomainLabel } from './useDomainLabel';
import { useTonight } from './useTonight';

/** 本日の記録: every guest in the facility today, each domain ready to fill in a row. */
export function TonightPage() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  // Fixed when the screen opens: entries typed just after midnight still belong to the evening.
  const [date] = useState(() => todayInJapan(new Date()));
  const tonight = useTonight(date);
  const settings = useSettings();
  const extraLabels = useMemo(
    () =>
      Object.fromEntries((settings.data?.extraTrainingDomains ?? []).map((d) => [d.id, d.label])),
    [settings.data],
  );
  const domainLabel = useDomainLabel(extraLabels);

  if (tonight.isPending || settings.isPending) return <LoadingState />;
  if (tonight.isError)
    return <ErrorState error={tonight.error} onRetry={() => tonight.refetch()} />;
  if (settings.isError)
    return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;

  const domains = trainingDomains(settings.data);
  return (
    <Box sx={{ p: 3, maxWidth: 1280, mx: 'auto' }} data-testid="tonight-page">
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={3}
        sx={{ alignItems: { md: 'center' }, mb: 3 }}
      >
        <Typography variant="h4" component="h1">
          {t('training.title')}
        </Typography>
        <Typography variant="h6" component="p">
          {t('training.dateLabel', { date: long(date) })}
        </Typography>
      </Stack>
      {tonight.data.length === 0 && <Alert severity="info">{t('training.noGuests')}</Alert>}
      {tonight.data.map((guest) => (
        <GuestCard
          key={guest.stay.id}
          guest={guest}
          date={date}
          domains={domains}
          domainLabel={domainLabel}
          phrases={settings.data.trainingPhrases}
        />
      ))}
    </Box>
  );
}
