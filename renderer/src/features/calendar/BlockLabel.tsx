import BlockIcon from '@mui/icons-material/Block';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { BedBlock } from '../../../../shared/domain/schemas';

/** A closed bed period: the word 休止 and the reason, written inside the hatched area. */
export function BlockLabel({ block }: { block: BedBlock }) {
  const { t } = useTranslation();
  return (
    <Box
      data-testid={`calendar-block-${block.id}`}
      title={t('calendar.blockedReason', { reason: block.reason })}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        height: '100%',
        px: 0.5,
        fontSize: '0.75rem',
        fontWeight: 'bold',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
      }}
    >
      <BlockIcon aria-hidden sx={{ fontSize: 14 }} />
      {t('calendar.blockedReason', { reason: block.reason })}
    </Box>
  );
}
