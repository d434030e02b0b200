import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarTexts, type CalendarTexts } from './calendarTexts';

/** The calendar's words in the UI language, made again only when the language changes. */
export function useCalendarTexts(): CalendarTexts {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => calendarTexts(t, language), [t, language]);
}
