import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING_PHRASES } from '../../../../shared/domain/schemas';
import { resources } from '../../i18n/resources';

describe('the default quick phrases on screen', () => {
  it('read in Japanese exactly as the defaults stored in the settings', () => {
    const ja = resources.ja.translation.training.defaultPhrases as Record<string, object>;
    for (const [domain, phrases] of Object.entries(DEFAULT_TRAINING_PHRASES)) {
      expect(Object.values(ja[domain] ?? {}), domain).toEqual(phrases);
    }
  });

  it('have an English phrase for each, with no Japanese left in it', () => {
    const en = resources.en.translation.training.defaultPhrases as Record<string, object>;
    for (const [domain, phrases] of Object.entries(DEFAULT_TRAINING_PHRASES)) {
      const english = Object.values(en[domain] ?? {}) as string[];
      expect(english, domain).toHaveLength(phrases.length);
      for (const phrase of english) expect(phrase).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});
