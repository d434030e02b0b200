import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { AddOnLine } from './AddOnLine';
import { IntakeSummary } from './IntakeSummary';
import { StayDayRow } from './StayDayRow';
import { useStayDays } from './useStayDays';

/**
 * 日々の記録 on the stay panel: for an emergency stay the request and the add-on count, then
 * every day of use with what the 実績記録票 will print for it.
 */
export function StayDaysSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const days = useStayDays(stay.id);
  return (
    <Stack spacing={2} data-testid="stay-days">
      {stay.kind === 'emergency' && <IntakeSummary stay={stay} />}
      {days.isPending && <LoadingState />}
      {days.isError && <ErrorState error={days.error} onRetry={() => void days.refetch()} />}
      {days.data?.addOn && <AddOnLine stay={stay} addOn={days.data.addOn} />}
      {days.data &&
        (days.data.days.length === 0 ? (
          <Typography variant="body2">{t('days.noDays')}</Typography>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('days.hint')}
            </Typography>
            <Box component="ul" sx={{ m: 0, p: 0 }}>
              {days.data.days.map((day) => (
                <StayDayRow key={day.date} stayId={stay.id} day={day} />
              ))}
            </Box>
          </>
        ))}
    </Stack>
  );
}
