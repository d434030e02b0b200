// Typing t() from the Japanese resources makes a missing or misspelt key a compile error.
import type { jaTranslation } from './japanese';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof jaTranslation };
  }
}
