import { en as enMessages } from '../../../shared/messages/en';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';
import { ja as jaMessages } from '../../../shared/messages/ja';
import en from './en.json';
import ja from './ja.json';
import enAudit from './en/audit.json';
import enDisclosure from './en/disclosure.json';
import enRetention from './en/retention.json';
import enBeds from './en/beds.json';
import enBooking from './en/booking.json';
import enCalendar from './en/calendar.json';
import enContact from './en/contact.json';
import enDays from './en/days.json';
import enEmergency from './en/emergency.json';
import enPersons from './en/persons.json';
import enReadiness from './en/readiness.json';
import enSession from './en/session.json';
import enSettings from './en/settings.json';
import enRecords from './en/records.json';
import enReports from './en/reports.json';
import enStaff from './en/staff.json';
import enStay from './en/stay.json';
import enSummary from './en/summary.json';
import enToday from './en/today.json';
import enTraining from './en/training.json';
import jaAudit from './ja/audit.json';
import jaDisclosure from './ja/disclosure.json';
import jaRetention from './ja/retention.json';
import jaBeds from './ja/beds.json';
import jaBooking from './ja/booking.json';
import jaCalendar from './ja/calendar.json';
import jaContact from './ja/contact.json';
import jaDays from './ja/days.json';
import jaEmergency from './ja/emergency.json';
import jaPersons from './ja/persons.json';
import jaReadiness from './ja/readiness.json';
import jaSession from './ja/session.json';
import jaSettings from './ja/settings.json';
import jaRecords from './ja/records.json';
import jaReports from './ja/reports.json';
import jaStaff from './ja/staff.json';
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
  audit: jaAudit,
  beds: jaBeds,
  booking: jaBooking,
  calendar: jaCalendar,
  contact: jaContact,
  days: jaDays,
  emergency: jaEmergency,
  persons: jaPersons,
  readiness: jaReadiness,
  session: jaSession,
  settings: jaSettings,
  records: jaRecords,
  reports: jaReports,
  staff: jaStaff,
  stay: jaStay,
  summary: jaSummary,
  today: jaToday,
  training: jaTraining,
  retention: jaRetention,
  disclosure: jaDisclosure,
};

const enTranslation = {
  ...enMessages,
  ...en,
  date: { ...enMessages.date, ...en.date },
  audit: enAudit,
  beds: enBeds,
  booking: enBooking,
  calendar: enCalendar,
  contact: enContact,
  days: enDays,
  emergency: enEmergency,
  persons: enPersons,
  readiness: enReadiness,
  session: enSession,
  settings: enSettings,
  records: enRecords,
  reports: enReports,
  staff: enStaff,
  stay: enStay,
  summary: enSummary,
  today: enToday,
  training: enTraining,
  retention: enRetention,
  disclosure: enDisclosure,
};

export const resources = {
  ja: { translation: jaTranslation },
  en: { translation: enTranslation },
  // Every language (language.ts) has its resources, and only those.
} as const satisfies Record<Language, { translation: object }>;

export { DEFAULT_LANGUAGE, isLanguage, type Language };
