import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../../../shared/domain/schemas';
import { authorOf } from '../../../../shared/domain/training-history';

/**
 * Who wrote a saved record (from their session; an old one as its 記録者 was typed), and
 * 「修正あり」 when it was corrected: the earlier versions are kept and listed (RecordHistory).
 */
export function RecordAuthor({
  record,
  names,
  testId,
}: {
  record: TrainingRecord;
  names: Readonly<Record<string, string>>;
  testId: string;
}) {
  const { t } = useTranslation();
  const author = authorOf(record, names);
  const corrected = (record.history?.length ?? 0) > 0;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      {author !== undefined && (
        <Typography variant="caption" color="text.secondary" data-testid={`${testId}-author`}>
          {t('training.recordedBy', { name: author })}
        </Typography>
      )}
      {corrected && (
        <Chip
          size="small"
          variant="outlined"
          color="warning"
          label={t('training.corrected')}
          data-testid={`${testId}-corrected`}
        />
      )}
    </Stack>
  );
}
