import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthRecord } from '../../../../shared/api/paperwork-schemas';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { useDateLabels } from '../../common/useDateLabels';

type Check = MonthRecord['checks'][number];

/** What a finding of the check before printing says, its dates in the UI's long form. */
export function useCheckText() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  return useCallback(
    (check: Check) => {
      const figures = Object.fromEntries(
        Object.entries(check.details).map(([key, value]) => [
          key,
          typeof value === 'string' && isValidIsoDate(value) ? long(value) : String(value),
        ]),
      );
      return t(`records.checks.${check.code}`, { replace: figures });
    },
    [t, long],
  );
}
