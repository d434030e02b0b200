// Typing t() from the Japanese resource makes a missing or misspelt key a compile error.
import type ja from './ja.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
  }
}
