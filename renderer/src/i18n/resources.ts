import { en as enMessages } from '../../../shared/messages/en';
import { ja as jaMessages } from '../../../shared/messages/ja';
import en from './en.json';
import ja from './ja.json';
import enBeds from './en/beds.json';
import enBooking from './en/booking.json';
import enCalendar from './en/calendar.json';
import enContact from './en/contact.json';
import enDays from './en/days.json';
import enEmergency from './en/emergency.json';
import enPersons from './en/persons.json';
import enReadiness from './en/readiness.json';
import enSettings from './en/settings.json';
import enRecords from './en/records.json';
import enReports from './en/reports.json';
import enStay from './en/stay.json';
import enSummary from './en/summary.json';
import enToday from './en/today.json';
import enTraining from './en/training.json';
import jaBeds from './ja/beds.json';
import jaBooking from './ja/booking.json';
import jaCalendar from './ja/calendar.json';
import jaContact from './ja/contact.json';
import jaDays from './ja/days.json';
import jaEmergency from './ja/emergency.json';
import jaPersons from './ja/persons.json';
import jaReadiness from './ja/readiness.json';
import jaSettings from './ja/settings.json';
import jaRecords from './ja/records.json';
import jaReports from './ja/reports.json';
import jaStay from './ja/stay.json';
import jaSummary from './ja/summary.json';
import jaToday from './ja/today.json';
import jaTraining from './ja/training.json';

// One file per feature keeps each screen's text together; they merge under the feature's key
// (t('calendar.title')). Japanese is the language of the desk; English mirrors every key (a
// test keeps them in step). The message catalogue (errors, rules, issues and the words they
// use: dates, weekdays, statuses) is shared with main, which writes the API's Japanese messages
// from it: it merges in at the top.
export const jaTranslation = {
  ...jaMessages,
  ...ja,
  date: { ...jaMessages.date, ...ja.date },
  beds: jaBeds,
  booking: jaBooking,
  calendar: jaCalendar,
  contact: jaContact,
  days: jaDays,
  emergency: jaEmergency,
  persons: jaPersons,
  readiness: jaReadiness,
  settings: jaSettings,
  records: jaRecords,
  reports: jaReports,
  stay: jaStay,
  summary: jaSummary,
  today: jaToday,
  training: jaTraining,
};

const enTranslation = {
  ...enMessages,
  ...en,
  date: { ...enMessages.date, ...en.date },
  beds: enBeds,
  booking: enBooking,
  calendar: enCalendar,
  contact: enContact,
  days: enDays,
  emergency: enEmergency,
  persons: enPersons,
  readiness: enReadiness,
  settings: enSettings,
  records: enRecords,
  reports: enReports,
  stay: enStay,
  summary: enSummary,
  today: enToday,
  training: enTraining,
};

export const resources = {
  ja: { translation: jaTranslation },
  en: { translation: enTranslation },
} as const;

export type Language = keyof typeof resources;
export const DEFAULT_LANGUAGE: Language = 'ja';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(resources, value);
}
