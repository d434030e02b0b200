import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import TodayIcon from '@mui/icons-material/Today';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';

interface WeekNavigationProps {
  isThisWeek: boolean;
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
}

export function WeekNavigation({ isThisWeek, onPrevious, onToday, onNext }: WeekNavigationProps) {
  const { t } = useTranslation();
  return (
    <Stack component="nav" aria-label={t('week.navigationLabel')} direction="row" spacing={1}>
      <Button variant="outlined" startIcon={<ChevronLeftIcon aria-hidden />} onClick={onPrevious}>
        {t('week.previous')}
      </Button>
      <Button
        variant={isThisWeek ? 'contained' : 'outlined'}
        startIcon={<TodayIcon aria-hidden />}
        onClick={onToday}
      >
        {t('week.today')}
      </Button>
      <Button variant="outlined" endIcon={<ChevronRightIcon aria-hidden />} onClick={onNext}>
        {t('week.next')}
      </Button>
    </Stack>
  );
}
