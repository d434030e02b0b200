import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from './language';
import { DEFAULT_LANGUAGE, resources } from './resources';

// Screen readers and the browser's font choice follow <html lang>, so keep it in step.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// Resources are bundled, so initialise synchronously: the first render already has its text.
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
