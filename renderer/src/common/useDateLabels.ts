import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { datePartsOf, weekdayKeyOf } from '../lib/calendar';

/** Date texts in the UI language: `2026年5月12日(火)`, `5/12(火)` and `2026年5月` in Japanese. */
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
  /** A calendar month, `YYYY-MM` → `2026年12月`. */
  const yearMonth = useCallback(
    (month: string) => t('date.yearMonth', { ...datePartsOf(`${month}-01`) }),
    [t],
  );
  return { long, dayHeader, yearMonth };
}
