import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { TrainingRecordVersion } from '../../../../shared/domain/schemas';
import { authorOf } from '../../../../shared/domain/training-history';
import { useLevelLabel } from './useLevelWord';

/**
 * Earlier versions of a record, so an edit never hides what was written first: when, what it
 * said, and who wrote it (`names`: staff names by id).
 */
export function RecordHistory({
  history,
  names,
}: {
  history: readonly TrainingRecordVersion[];
  names: Readonly<Record<string, string>>;
}) {
  const { t, i18n } = useTranslation();
  const levelLabel = useLevelLabel();
  if (history.length === 0) return null;
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  });
  return (
    <Box component="details" sx={{ mt: 1 }}>
      <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
        {t('training.history', { count: history.length })}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {[...history].reverse().map((version) => (
          <Typography component="li" variant="body2" key={version.at} color="text.secondary">
            {t('training.historyEntry', {
              at: time.format(new Date(version.at)),
              level: levelLabel(version.level),
              activity: version.activity ?? '',
              note: version.note ?? '',
              staff: authorOf(version, names) ?? '—',
            })}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
