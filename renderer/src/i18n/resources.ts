import en from './en.json';
import ja from './ja.json';

// Japanese is the language of the desk; English mirrors every key (a test keeps them in step).
export const resources = {
  ja: { translation: ja },
  en: { translation: en },
} as const;

export type Language = keyof typeof resources;
export const LANGUAGES = Object.keys(resources) as Language[];
export const DEFAULT_LANGUAGE: Language = 'ja';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(resources, value);
}
