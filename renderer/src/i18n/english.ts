/**
 * The English text, loaded only when English is chosen (i18n.ts): the desk works in Japanese, so
 * the first screen's code does not carry a second language. Every key mirrors the Japanese one
 * (resources.test.ts).
 */
import { en as enMessages } from '../../../shared/messages/en';
import en from './en.json';
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
import type { jaTranslation } from './japanese';

export const enTranslation = {
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
} satisfies Record<keyof typeof jaTranslation, unknown>;
