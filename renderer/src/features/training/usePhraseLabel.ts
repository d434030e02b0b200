import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TRAINING_PHRASES } from '../../../../shared/domain/schemas';

/**
 * A quick phrase as the screen shows it: the defaults Tomari ships with are translated (by their
 * place in `DEFAULT_TRAINING_PHRASES`), phrases the facility wrote itself are its own words.
 */
export function usePhraseLabel(domain: string): (phrase: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (phrase) => {
      const index = DEFAULT_TRAINING_PHRASES[domain]?.indexOf(phrase) ?? -1;
      if (index < 0) return phrase;
      const translated: Record<string, Record<string, string>> = t('training.defaultPhrases', {
        returnObjects: true,
      });
      return translated[domain]?.[String(index)] ?? phrase;
    },
    [t, domain],
  );
}
