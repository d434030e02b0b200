/**
 * Both languages' text together, for what needs every language at once: the tests that keep
 * the two in step. The app itself starts with Japanese alone (japanese.ts) and loads English
 * when it is chosen (i18n.ts, english.ts).
 */
import { enTranslation } from './english';
import { jaTranslation } from './japanese';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';

export { jaTranslation };

export const resources = {
  ja: { translation: jaTranslation },
  en: { translation: enTranslation },
  // Every language (language.ts) has its resources, and only those.
} as const satisfies Record<Language, { translation: object }>;

export { DEFAULT_LANGUAGE, isLanguage, type Language };
