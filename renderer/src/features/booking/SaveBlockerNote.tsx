import InfoIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SaveBlocker } from './saveBlockers';

/**
 * Beside the greyed 予約する: what stops the booking, in words. Sits in the dialog's action bar,
 * which stays in view however long the form grows, so the reason is never below the fold.
 */
export function SaveBlockerNote({
  id,
  blockers,
  testId = 'booking-blockers',
}: {
  id: string;
  blockers: readonly SaveBlocker[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = (blocker: SaveBlocker): string => {
    switch (blocker.kind) {
      case 'ruleError':
        return blocker.more > 0
          ? t('booking.blocked.ruleErrorMore', {
              message: blocker.violation.message,
              count: blocker.more,
            })
          : t('booking.blocked.ruleError', { message: blocker.violation.message });
      case 'reasonRequired':
        return t('booking.blocked.reasonRequired', {
          rules: blocker.rules
            .map((rule) => t(`booking.rules.${rule}`, { defaultValue: rule }))
            .join('・'),
        });
      default:
        return t(`booking.blocked.${blocker.kind}`);
    }
  };
  return (
    <Box
      id={id}
      role="status"
      aria-live="polite"
      aria-label={blockers.length > 0 ? t('booking.blocked.label') : undefined}
      data-testid={testId}
      sx={{ flex: 1, minWidth: 0, display: 'flex', gap: 1, alignItems: 'flex-start', px: 1 }}
    >
      {blockers.length > 0 && <InfoIcon fontSize="small" color="action" aria-hidden />}
      <Box>
        {blockers.map((blocker) => (
          <Typography
            key={blocker.kind}
            variant="body2"
            color={blocker.kind === 'ruleError' ? 'error' : 'text.secondary'}
            data-blocker={blocker.kind}
          >
            {text(blocker)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
