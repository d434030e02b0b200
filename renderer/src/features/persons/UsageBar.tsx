import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/api/contract';

type Usage = ChannelOutput<'persons.usage'>[number];

const SEGMENTS = [
  { key: 'used', colour: 'primary.main', pattern: undefined },
  // Stripes as well as a lighter colour, so "booked" never rests on colour alone.
  {
    key: 'booked',
    colour: 'primary.light',
    pattern: 'repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,0.5) 4px 8px)',
  },
] as const;

/** 体験利用: a small bar of days used and booked against the cap, with the figures in words. */
export function UsageBar({ usage }: { usage: Usage }) {
  const { t } = useTranslation();
  const scale = Math.max(usage.cap, usage.experienceDays);
  const days = { used: usage.usedDays, booked: usage.bookedDays };
  const figures = {
    year: usage.fiscalYear,
    used: usage.usedDays,
    booked: usage.bookedDays,
    remaining: usage.remaining,
    cap: usage.cap,
  };
  return (
    <Stack spacing={0.75} data-testid={`usage-${usage.fiscalYear}`}>
      <Typography variant="subtitle2">{t('persons.usage.fiscalYear', figures)}</Typography>
      <Box
        role="img"
        aria-label={t('persons.usage.barLabel', figures)}
        sx={{
          display: 'flex',
          height: 16,
          maxWidth: 480,
          borderRadius: 1,
          overflow: 'hidden',
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        {SEGMENTS.map(({ key, colour, pattern }) => (
          <Box
            key={key}
            sx={{
              width: `${(days[key] / scale) * 100}%`,
              bgcolor: colour,
              backgroundImage: pattern,
            }}
          />
        ))}
      </Box>
      <Typography variant="body2" data-testid={`usage-${usage.fiscalYear}-text`}>
        {t('persons.usage.summary', figures)}
      </Typography>
    </Stack>
  );
}
