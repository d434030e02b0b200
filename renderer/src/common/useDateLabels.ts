import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { datePartsOf, weekdayKeyOf } from '../lib/calendar';

/** Date texts in the UI language: `2026年5月12日(火)` and `5/12(火)` in Japanese. */
export function useDateLabels() {
  const { t } = useTranslation();
  const long = useCallback(
    (date: string) =>
      t('date.long', { ...datePartsOf(date), weekday: t(`weekday.${weekdayKeyOf(date)}`) }),
    [t],
  );
  const dayHeader = useCallback(
    (date: string) =>
      t('date.dayHeader', { ...datePartsOf(date), weekday: t(`weekday.${weekdayKeyOf(date)}`) }),
    [t],
  );
  return { long, dayHeader };
}
