import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, rememberLanguage, type Language } from '../i18n/language';

/**
 * Switches between Japanese and English. The button's name is the language it switches to, as
 * written on it (a spoken name must contain the visible word, WCAG 2.5.3); what it does is its
 * description.
 */
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
      title={t('language.switchLabel')}
      onClick={() => {
        rememberLanguage(next);
        void switchLanguage(next);
      }}
    >
      <span lang={next}>{t('language.other')}</span>
    </Button>
  );
}
