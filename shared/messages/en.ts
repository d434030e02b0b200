/** The message catalogue in English: the same keys as ja.ts (shape: catalog.ts). */
import type { Catalog } from './catalog';
import type { ja } from './ja';

export const en = {
  errors: {
    INVALID_INPUT: 'Some of the input is not valid. Please check it.',
    UNKNOWN_CHANNEL: 'This operation is not supported. Please update the app.',
    UNAUTHORIZED: 'The access key is not valid. Open the app again from the address it showed.',
    UNTRUSTED_CALLER: 'Tomari can only be used from its own screens.',
    UNTRUSTED_CALLER_origin: 'Tomari cannot be used from another page.',
    UNTRUSTED_CALLER_host: 'Tomari cannot be used through this address.',
    UNTRUSTED_CALLER_sender: 'Tomari can only be used from its own windows.',
    BAD_REQUEST: 'The request was malformed.',
    BAD_REQUEST_method: 'Call the API with POST.',
    BAD_REQUEST_notJson: 'The data sent is not JSON.',
    BAD_REQUEST_address: 'The address is not valid.',
    PAYLOAD_TOO_LARGE: 'The data sent is too large (1 MiB at most).',
    NOT_SUPPORTED: 'This operation is not available here.',
    INTERNAL: 'An unexpected error occurred. No data was changed.',
    STORAGE_DAMAGED: 'A data file is damaged. It must be restored from a backup.',
    BACKUP_DAMAGED:
      'The backup “{{backup}}” holds no good copy of the damaged files. Choose another one.',
    NO_GOOD_BACKUP:
      'No backup holds a good copy of the damaged files, so they cannot be restored. Please tell the manager.',
    STORAGE_ERROR: 'The data could not be saved, and nothing was changed. Please try again.',
    STORAGE_ERROR_pending:
      'A saved change is not in the data files yet, so the data was not moved. The change itself is kept. Check the free disk space and try again.',
    AUDIT_NOT_WRITTEN:
      'The audit trail could not be written, so nothing was saved. Please tell the manager.',
    AUDIT_NOT_WRITTEN_pending:
      'Entries are not in the audit trail yet, so the data was not moved. The change itself is kept. Please tell the manager.',
    STORE_CLOSED: 'The data files are closed. Please start Tomari again.',
    DATA_FOLDER_LOCKED:
      'Another Tomari is using this data folder (computer “{{holder.computer}}”, process {{holder.pid}}, since {{holder.since}}). Quit that one, then start Tomari again.',
    DATA_FOLDER_LOCKED_unknownHolder:
      'Another Tomari is using this data folder. Quit that one, then start Tomari again.',
    DATA_FOLDER_LOCK_LOST:
      'Another Tomari started using this data folder, so saving stopped. Quit Tomari and start it again.',
    DATABASE_UNAVAILABLE:
      "The facility's server (database) cannot be reached. This action was not saved. Tomari reconnects by itself when the server is back.",
    DATABASE_TOO_NEW:
      'This database is used by a newer Tomari (format {{found}}). Please update this Tomari (format {{known}}).',
    DATA_KEY_MISSING:
      'This data folder is encrypted and this PC does not have its key. Open it with the recovery key you keep.',
    DATA_KEY_INVALID:
      'The key information of the data folder is damaged or was changed ({{reason}}). Nothing in the data was touched. Contact your administrator.',
    RECOVERY_KEY_WRONG:
      'This recovery key does not open this folder. Check the printed recovery key again.',
    KEY_PROTECTION_UNAVAILABLE:
      'This PC cannot protect the data key with the operating system (no credential store). Tomari opens once the manager enters the passphrase.',
    PASSPHRASE_WRONG: 'This passphrase is wrong. Enter the passphrase chosen on this PC again.',
    NOT_FOUND: 'The record was not found. It may have been removed on another computer.',
    NOT_FOUND_stay: 'The booking was not found. It may have been removed on another computer.',
    NOT_FOUND_person: 'The person was not found. They may have been removed on another computer.',
    NOT_FOUND_bed: 'The bed was not found. It may have been removed on another computer.',
    NOT_FOUND_bedBlock: 'The closure was not found. The bed may have been reopened already.',
    NOT_FOUND_training: 'The record was not found. It may have been removed on another computer.',
    NOT_FOUND_backup: 'The backup “{{id}}” was not found.',
    BED_NAME_TAKEN: 'A bed named “{{name}}” already exists. Please choose another name.',
    BLOCK_HAS_STAYS:
      'The bed has {{count}} booking(s) in this period, so it cannot be closed. Move them first.',
    TRAINING_RECORD_EXISTS:
      'There is already a record for this day and this skill. Please correct that record.',
    POSSIBLE_DUPLICATE:
      'A person with the same name and date of birth is already registered. Please check it is not the same person.',
    DUPLICATE_CERTIFICATE:
      'Another person is already registered with this recipient certificate number. Please check the number.',
    RULE_VIOLATION: 'This booking breaks a booking rule.',
    INVALID_TRANSITION: 'A stay that is “{{from}}” cannot become “{{to}}”.',
    STAY_CLOSED: 'A stay that is “{{status}}” keeps its dates and bed (its note can be edited).',
    STAY_STARTED: 'The arrival date of a guest in the facility cannot change.',
    STAY_NOT_BUMPED:
      'Rebooking, offers and the to-contact list are only for stays bumped by an emergency (now: {{status}}). Reopen the to-contact list.',
    ALREADY_REBOOKED:
      'This family already has new dates booked. Reopen the to-contact list so as not to book twice.',
    CHECK_IN_TOO_EARLY: 'The arrival date is {{start}}. Check-in can be recorded from that day.',
    CHECK_IN_TOO_LATE:
      'The planned departure date ({{end}}) has come, so a check-in cannot be recorded. Check the dates.',
    CHECK_IN_UNDO_TOO_LATE: 'A check-in can be undone only on the day it was recorded.',
    CHECK_OUT_IN_FUTURE:
      'A check-out is recorded on the day the guest actually left (today at the latest). To plan an earlier departure, use “Change planned departure”.',
    CHECK_OUT_BEFORE_ARRIVAL:
      'The departure date ({{date}}) is before the arrival date ({{start}}).',
    CHECK_OUT_AFTER_END:
      'The departure date ({{date}}) is after the planned departure ({{end}}). Extend the stay first.',
    DEPARTURE_IN_PAST:
      'A guest in the facility cannot have a planned departure before today. If they have left, record the check-out.',
    NO_EMERGENCY_CAPACITY: 'No bed is available for an emergency.',
    STALE_PLAN: 'Bookings changed while you were reviewing. Please check the new plan.',
    NOT_EMERGENCY_STAY: 'This is not an emergency stay, so this cannot be done.',
    UNAUTHENTICATED: 'Please sign in. After a while without use, you need to sign in again.',
    FORBIDDEN: 'You may not do this. Ask the manager if you need to.',
    SIGN_IN_FAILED: 'The staff member or the password is not right.',
    SIGN_IN_FAILED_counted:
      'The password is not right. After {{triesLeft}} more wrong tries, signing in is locked for {{lockMinutes}} minutes.',
    LOCKED:
      'Too many wrong passwords in a row: signing in is locked until {{until}}. Please try again later.',
    ALREADY_SET_UP: 'The first manager is already set up. Choose your name and sign in.',
    LAST_MANAGER:
      'This would leave no active manager. Make another member of staff a manager first.',
    RETENTION_NOT_ENDED:
      'This person’s records must be kept until {{keptUntil}}, so they cannot be erased. Nothing was erased.',
    RETENTION_NOT_ENDED_noDate:
      'This person’s records hold no date to count the retention period from (a stay, an authorisation or a registration day), so they cannot be erased. Nothing was erased.',
    NOT_FOUND_staff:
      'The staff member was not found. They may have been changed on another computer.',
    NETWORK: 'Cannot reach the data. Check that the app is running.',
    BAD_RESPONSE: 'An unexpected answer was received. Please restart the app.',
    UNEXPECTED: 'An unexpected error occurred.',
  },
  rules: {
    INVALID_DATES: 'The departure must be after the arrival',
    BED_NOT_FOUND: 'The bed was not found',
    BED_INACTIVE: 'Bed {{bedName}} is out of service',
    BED_NOT_ALLOWED: 'Bed {{bedName}} does not take {{kind}}',
    EMERGENCY_BED_RESERVED: 'Bed {{bedName}} is kept free for emergencies',
    BED_BLOCKED: 'This bed is closed for {{nightCount}} night(s) from {{from}}',
    BED_OCCUPIED:
      'This bed is taken by {{count}} other booking(s) for {{nightCount}} night(s) from {{from}}',
    PERSON_OVERLAP: 'The person already has another stay for {{nightCount}} night(s) from {{from}}',
    NOT_REGISTERED: 'Not pre-registered',
    NOT_REGISTERED_warning: 'Not pre-registered (register them after admission)',
    NO_AUTHORIZATION: 'No short-stay authorisation covers {{days}} day(s) from {{from}}',
    EXPERIENCE_ANNUAL_CAP:
      'Experience days in FY{{fiscalYear}}: {{used}} + {{adding}} = {{total}} (cap {{cap}})',
    EXPERIENCE_STAY_LENGTH: 'This experience stay is {{days}} days long (at most {{max}})',
    EMERGENCY_LENGTH: 'This emergency stay is {{days}} days, beyond the emergency period ({{max}})',
    MONTHLY_ALLOWANCE:
      'Short-stay days in {{month}}: {{used}} + {{adding}} = {{days}} (allowance {{allowance}})',
    CONSECUTIVE_DAYS: 'Consecutive days of stay would be {{days}} (limit {{limit}})',
  },
  issues: {
    DATES_OUT_OF_ORDER: 'The end date is before the start date.',
    DATES_OUT_OF_ORDER_reviewDate: 'The review date is before the registration date.',
    DATES_OUT_OF_ORDER_authorizations: 'The authorisation ends before it starts.',
    NO_NIGHT: 'The end date must be after the start date.',
    SPAN_TOO_LONG: 'A period can be at most a year ({{maxDays}} days).',
    DATE_OUT_OF_RANGE: 'Enter a date from 1900 to 2100.',
    INVISIBLE_CHARACTERS:
      'Control or formatting characters (ones that do not show) cannot be used.',
    NOT_SAME_PERSON: 'New dates for a bumped stay are for the same person.',
    AUTHORIZATION_OVERLAP: 'This authorisation period overlaps another one.',
    DATE_OUTSIDE_STAY: 'The record date must be within the stay ({{start}} – {{end}}).',
    UNKNOWN_DOMAIN: 'This skill is not set up.',
    STAY_NOT_HELD: 'A cancelled or bumped stay takes no new records.',
    REQUESTED_IN_FUTURE: 'The request cannot have come later than now.',
    POSSIBLE_DUPLICATE: 'A person with the same name and date of birth is already registered.',
    DUPLICATE_CERTIFICATE: 'Another person already has this recipient certificate number.',
    SECRET_TOO_SHORT: 'The password needs {{min}} characters or more.',
    SECRET_REQUIRED: 'A new member of staff needs a password ({{min}} characters or more).',
    REQUIRED: 'Enter the {{field}}.',
    TOO_LONG: 'The {{field}} can be at most {{maximum}} characters.',
    NOT_TEXT: 'The {{field}} must be text.',
    INVALID_DATE: 'Enter the {{field}} as a valid date.',
    NOT_KANA: 'Write the {{field}} in hiragana or katakana.',
    INVALID_PHONE: 'Write the {{field}} with digits, hyphens, brackets and +.',
    INVALID_CERTIFICATE_NUMBER: 'The {{field}} is 10 digits.',
    INVALID_PROVIDER_NUMBER: 'The {{field}} is 10 digits.',
    NOT_CHOSEN: 'Choose the {{field}}.',
    NOT_CHOSEN_allows: 'Choose at least one {{field}}.',
    INVALID_DAYS_PER_MONTH: 'Enter the {{field}} as a whole number from 1 to 31.',
    INVALID_CHOICE: 'This {{field}} is not one of the choices.',
  },
  fields: {
    familyName: 'family name',
    givenName: 'given name',
    familyNameKana: 'family name in kana (furigana)',
    givenNameKana: 'given name in kana (furigana)',
    birthDate: 'date of birth',
    sex: 'sex',
    certificateNumber: 'recipient certificate number',
    supportCategory: 'support category',
    registration: {
      status: 'pre-registration status',
      registeredOn: 'registration date',
      registeredBy: 'name of whoever registered',
      reviewDate: 'review date',
    },
    authorizations: {
      from: 'first day of the authorisation',
      to: 'last day of the authorisation',
      daysPerMonth: 'days per month',
    },
    consultationOffice: {
      office: 'consultation office',
      coordinator: 'consultation specialist',
      phone: "consultation office's phone number",
    },
    contacts: {
      name: "emergency contact's name",
      relation: "emergency contact's relationship",
      phone: "emergency contact's phone number",
      note: 'note on the emergency contact',
    },
    careNotes: {
      medications: 'medication note',
      allergies: 'allergy note',
      medicalCare: 'medical care note',
      behaviourSupport: 'behaviour support note',
      diet: 'diet note',
      mobility: 'mobility note',
      flags: 'care flag',
      nothingToNote: 'topic marked “nothing to note”',
    },
    name: 'bed name',
    room: 'room',
    allows: 'kind of stay (emergency, experience)',
    bedId: 'bed',
    start: 'start date',
    end: 'end date',
    reason: 'reason for the closure',
    address: 'address',
    phone: 'phone number',
    author: {
      name: "writer's name",
    },
    text: "staff's comments",
    providerNumber: 'provider number',
    note: 'note',
  },

  planReasons: {
    FREE_RESERVED_BED: 'Emergency bed {{bed}} is free',
    FREE_BED: 'Bed {{bed}} is free',
    NOTHING_DISPLACED: 'No booking is postponed or shortened',
    NO_FREE_BED: 'No bed that takes emergencies is free',
    USES_BED: 'Bed {{bed}} is used',
    BUMPS: '{{count}} experience booking(s) are postponed',
    BUMPS_NEWEST: '{{count}} experience booking(s) are postponed (the most recent booking)',
    SHORTENS:
      '{{count}} experience stay(s) beginning before the emergency are not postponed but shortened to leave on {{date}} (the nights before stay as booked)',
    CUTS_SHORT: '{{count}} experience guest(s) in the facility leave earlier, on {{date}}',
    BUMPS_ARRIVED_SAME_DAY:
      '{{count}} experience guest(s) who arrived on the emergency’s first day are postponed',
    CHOSEN_GUESTS_CUT_SHORT: 'This bed affects guests already in the facility the least',
    CHOSEN_BOOKINGS_BUMPED: 'This bed postpones the fewest bookings',
    CHOSEN_DAYS_DISPLACED: 'This bed postpones or shortens the fewest experience days',
    CHOSEN_NEWEST_BOOKING:
      'The most recently made booking is postponed (last booked, first postponed)',
    CHOSEN_BED_ORDER: 'Everything else being equal, the bed order decided',
    ONLY_CANDIDATE: 'No other bed could be used',
    OFFERS_READY: 'Each postponed booking has new dates to offer within eight weeks',
    OFFERS_MISSING: '{{count}} postponed booking(s) have no new dates within eight weeks',
    NO_CAPACITY:
      'No bed can take an emergency (every bed is held by an emergency, closed or does not take emergencies)',
    BED_INACTIVE: 'Bed {{bed}} is not in use',
    BED_NO_EMERGENCY: 'Bed {{bed}} does not take emergencies',
    BED_CLOSED: 'Bed {{bed}} is closed',
    BED_HELD: 'Bed {{bed}} is held by an emergency or a stay already under way',
  },
  date: {
    long: '{{weekday}} {{month}}/{{day}}/{{year}}',
    month: '{{month}}/{{year}}',
    time: '{{date}} {{hour}}:{{minute}}',
  },
  weekday: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
  stayStatus: {
    tentative: 'Tentative',
    confirmed: 'Confirmed',
    in_stay: 'Staying',
    completed: 'Completed',
    cancelled: 'Cancelled',
    bumped: 'Bumped',
  },
  kindName: { emergency: 'emergency stays', experience: 'experience stays' },
} satisfies Catalog & Record<keyof typeof ja, unknown>;
