import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportLevel } from '../../../../shared/domain/schemas';

export const SUPPORT_LEVELS: readonly SupportLevel[] = [1, 2, 3, 4];

/** `1 自立`: a level always shows as its number and its word, never as a colour alone. */
export function useLevelLabel() {
  const { t } = useTranslation();
  return useCallback(
    (level: SupportLevel) =>
      t('training.levelShort', { level, word: t(`training.levels.${level}`) }),
    [t],
  );
}
