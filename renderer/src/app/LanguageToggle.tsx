import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/resources';

/** Switches between Japanese and English; the button names the language it switches to. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : DEFAULT_LANGUAGE;
  const next: Language = current === 'ja' ? 'en' : 'ja';
  return (
    <Button
      color="inherit"
      startIcon={<TranslateIcon aria-hidden />}
      aria-label={t('language.switchLabel')}
      onClick={() => {
        rememberLanguage(next);
        void i18n.changeLanguage(next);
      }}
    >
      <span lang={next}>{t('language.other')}</span>
    </Button>
  );
}
