import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { TonightGuest } from '../../../../shared/api/contract';
import { useDateLabels } from '../../common/useDateLabels';
import { DomainEntry } from './DomainEntry';
import { fullName } from '../../common/personName';

interface GuestCardProps {
  guest: TonightGuest;
  date: string;
  domains: readonly string[];
  domainLabel: (domain: string) => string;
  phrases: Readonly<Record<string, string[]>>;
}

/** One guest of tonight with every domain the facility records. */
export function GuestCard({ guest, date, domains, domainLabel, phrases }: GuestCardProps) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const name = fullName(guest.person);
  return (
    <Paper
      component="article"
      aria-label={name}
      data-testid={`guest-${guest.stay.id}`}
      sx={{ p: 2, mb: 3 }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2">
          {name}
        </Typography>
        <Typography color="text.secondary">{t('training.guestKana', guest.person)}</Typography>
        <Typography>
          {t(`stayKind.${guest.stay.kind}`)} · {t('training.bed', { bed: guest.bed.name })} ·{' '}
          {t('training.stayPeriod', {
            range: t('date.range', {
              from: dayHeader(guest.stay.start),
              to: dayHeader(guest.stay.end),
            }),
          })}
        </Typography>
        <Link component={RouterLink} to={`/stays/${guest.stay.id}/record`}>
          {t('training.openRecord')}
        </Link>
      </Stack>
      {domains.map((domain) => (
        <DomainEntry
          key={domain}
          stayId={guest.stay.id}
          date={date}
          domain={domain}
          label={domainLabel(domain)}
          goal={guest.goals[domain]}
          phrases={phrases[domain] ?? []}
          record={guest.records.find((r) => r.domain === domain)}
        />
      ))}
    </Paper>
  );
}
