import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { UsageBar } from './UsageBar';
import { usePersonUsage } from './usePersonUsage';

/** This fiscal year's experience days as a bar, earlier years as a short list. */
export function UsagePanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const usage = usePersonUsage(personId);
  if (usage.isPending) return <LoadingState />;
  if (usage.isError) return <ErrorState error={usage.error} onRetry={() => void usage.refetch()} />;
  const [thisYear, ...earlier] = usage.data;
  return (
    <>
      {thisYear && <UsageBar usage={thisYear} />}
      {earlier.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t('persons.usage.previousYears')}
          </Typography>
          <List dense disablePadding>
            {earlier.map((year) => (
              <ListItem key={year.fiscalYear} disableGutters>
                {t('persons.usage.previousYear', {
                  year: year.fiscalYear,
                  days: year.experienceDays,
                  cap: year.cap,
                })}
              </ListItem>
            ))}
          </List>
        </>
      )}
    </>
  );
}
