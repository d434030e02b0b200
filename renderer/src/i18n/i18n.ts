import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { jaTranslation } from './japanese';
import { DEFAULT_LANGUAGE, storedLanguage, type Language } from './language';

// Screen readers and the browser's font choice follow <html lang>, so keep it in step.
// (No document when a unit test runs this module outside a browser environment.)
i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

// Japanese is bundled, so initialise synchronously: the first render already has its text.
// English comes with its own file when chosen (switchLanguage).
void i18n.use(initReactI18next).init({
  resources: { ja: { translation: jaTranslation } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The languages whose text is not bundled with the app, and where each one's comes from. */
type LoadedLanguage = Exclude<Language, 'ja'>;
const LOADERS: Record<LoadedLanguage, () => Promise<object>> = {
  en: () => import('./english').then(({ enTranslation }) => enTranslation),
};

/** Each loaded language's text, asked for once. */
const loading = new Map<LoadedLanguage, Promise<void>>();

/** Loads a language's text (once) without switching to it; Japanese is always in. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'ja') return Promise.resolve();
  let loaded = loading.get(language);
  if (loaded === undefined) {
    loaded = LOADERS[language]().then((translation) => {
      i18n.addResourceBundle(language, 'translation', translation);
    });
    // A failed load may be tried again (the next click of the language button).
    loaded.catch(() => loading.delete(language));
    loading.set(language, loaded);
  }
  return loaded;
}

/** Switches the screen to a language once its text is in. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  // Japanese at start is already the language i18next began in: nothing to switch.
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/**
 * Settles when the language chosen last on this computer is in and switched to: the first
 * render waits for it (main.tsx), so an English desk never sees a Japanese first frame.
 */
export const languageReady: Promise<void> = switchLanguage(storedLanguage()).catch(() => {
  // Its file could not be loaded: the screen stays in Japanese, which always works.
});

export default i18n;
