import { ja as jaMessages } from '../../../shared/messages/ja';
import ja from './ja.json';
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
