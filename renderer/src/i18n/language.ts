/**
 * The UI languages and the one the user chose last, kept in localStorage. Apart from the
 * translations themselves (resources.ts), so the renderer's first script (start.ts) can read the
 * choice without loading them, before the app's own code runs.
 */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';

const LANGUAGE_STORAGE_KEY = 'tomari.language';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

let chosen: Language | undefined;

/** The language chosen last on this computer (Japanese when none was, or it cannot be read). */
export function storedLanguage(): Language {
  if (chosen !== undefined) return chosen;
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    chosen = isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy settings); Japanese is always a safe default.
    chosen = DEFAULT_LANGUAGE;
  }
  return chosen;
}

export function rememberLanguage(language: Language): void {
  chosen = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless: the next start shows Japanese.
  }
}
