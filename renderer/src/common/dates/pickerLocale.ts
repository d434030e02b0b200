/**
 * How date fields read and write dates in each UI language, decided by Tomari's language and
 * never by the computer's (a Windows PC set to English still shows 2026/05/12 to the desk).
 */
import type { Locale } from 'date-fns';
import { enUS, ja } from 'date-fns/locale';
import { enUS as pickersEnUS, jaJP as pickersJaJP } from '@mui/x-date-pickers/locales';
import type { Language } from '../../i18n/language';

export interface PickerLocale {
  /** date-fns locale: month and weekday names in the calendar pop-up. */
  adapterLocale: Locale;
  /** What the field shows and accepts as typed, e.g. `2026/05/12`. */
  format: string;
  /** The month above the calendar pop-up: 2026年5月. */
  calendarHeaderFormat: string;
  /** The picker's own words (前月, 今日…). */
  localeText: typeof pickersJaJP.components.MuiLocalizationProvider.defaultProps.localeText;
}

/** Japanese calendars and the facility's week run Monday to Sunday (as the week board does). */
function mondayFirst(locale: Locale): Locale {
  return { ...locale, options: { ...locale.options, weekStartsOn: 1 } };
}

const PICKER_LOCALES: Record<Language, PickerLocale> = {
  ja: {
    adapterLocale: mondayFirst(ja),
    format: 'yyyy/MM/dd',
    calendarHeaderFormat: 'yyyy年M月',
    localeText: pickersJaJP.components.MuiLocalizationProvider.defaultProps.localeText,
  },
  // The English screens write dates month first (see date.long in en.json): fields agree.
  en: {
    adapterLocale: mondayFirst(enUS),
    format: 'MM/dd/yyyy',
    calendarHeaderFormat: 'MMMM yyyy',
    localeText: pickersEnUS.components.MuiLocalizationProvider.defaultProps.localeText,
  },
};

export function pickerLocaleOf(language: Language): PickerLocale {
  return PICKER_LOCALES[language];
}
