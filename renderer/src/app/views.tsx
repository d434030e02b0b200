import type { ReactNode } from 'react';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { lazyPage } from './lazyPage';

// The calendar, the home screen, is in the main bundle; every other screen is its own chunk.
const TodayPage = lazyPage(() => import('../features/today/TodayPage').then((m) => m.TodayPage));
const ContactPage = lazyPage(() =>
  import('../features/contact/ContactPage').then((m) => m.ContactPage),
);
const TonightPage = lazyPage(() =>
  import('../features/training/TonightPage').then((m) => m.TonightPage),
);
const PersonsPage = lazyPage(() =>
  import('../features/persons/PersonsPage').then((m) => m.PersonsPage),
);
const WeekBoard = lazyPage(() => import('../features/week/WeekBoard').then((m) => m.WeekBoard));
const BedSettingsPage = lazyPage(() =>
  import('../features/beds/BedSettingsPage').then((m) => m.BedSettingsPage),
);
const FacilitySettingsPage = lazyPage(() =>
  import('../features/settings/FacilitySettingsPage').then((m) => m.FacilitySettingsPage),
);
const NewPersonPage = lazyPage(() =>
  import('../features/persons/NewPersonPage').then((m) => m.NewPersonPage),
);
const PersonRecordPage = lazyPage(() =>
  import('../features/persons/PersonRecordPage').then((m) => m.PersonRecordPage),
);
const StayRecordPage = lazyPage(() =>
  import('../features/training/StayRecordPage').then((m) => m.StayRecordPage),
);
const SummaryPrintPage = lazyPage(() =>
  import('../features/summary/SummaryPrintPage').then((m) => m.SummaryPrintPage),
);
const EmergencySheetPrintPage = lazyPage(() =>
  import('../features/readiness/EmergencySheetPrintPage').then((m) => m.EmergencySheetPrintPage),
);
const MonthSummariesPrintPage = lazyPage(() =>
  import('../features/summary/MonthSummariesPrintPage').then((m) => m.MonthSummariesPrintPage),
);

const ReportsPage = lazyPage(() =>
  import('../features/reports/ReportsPage').then((m) => m.ReportsPage),
);
const RecordsPrintPage = lazyPage(() =>
  import('../features/records/RecordsPrintPage').then((m) => m.RecordsPrintPage),
);
const YearReportPrintPage = lazyPage(() =>
  import('../features/reports/YearReportPrintPage').then((m) => m.YearReportPrintPage),
);

/**
 * The screens. Routes live in the URL fragment (#/calendar) so they work the same from a file
 * in Electron and from the browser host. `nav` screens are tabs in the top bar, in this order.
 */
export const NAV_VIEWS = [
  { id: 'calendar', path: '/calendar', element: <CalendarPage /> },
  { id: 'today', path: '/today', element: <TodayPage /> },
  { id: 'contact', path: '/contact', element: <ContactPage /> },
  { id: 'records', path: '/records', element: <TonightPage /> },
  { id: 'persons', path: '/persons', element: <PersonsPage /> },
  { id: 'week', path: '/week', element: <WeekBoard /> },
  { id: 'reports', path: '/reports', element: <ReportsPage /> },
  { id: 'beds', path: '/beds', element: <BedSettingsPage /> },
  { id: 'settings', path: '/settings', element: <FacilitySettingsPage /> },
] as const satisfies readonly { id: string; path: string; element: ReactNode }[];

/** Screens reached from another screen, inside the app shell. */
export const INNER_ROUTES: readonly { path: string; element: ReactNode }[] = [
  { path: '/persons/new', element: <NewPersonPage /> },
  { path: '/persons/:personId', element: <PersonRecordPage /> },
  { path: '/stays/:stayId/record', element: <StayRecordPage /> },
];

/** Pages made for printing: no app bar, A4 layout. */
export const PRINT_ROUTES: readonly { path: string; element: ReactNode }[] = [
  { path: '/print/summary/:stayId', element: <SummaryPrintPage /> },
  { path: '/print/summaries/:month', element: <MonthSummariesPrintPage /> },
  { path: '/print/emergency-sheet/:personId', element: <EmergencySheetPrintPage /> },
  { path: '/print/records/:month', element: <RecordsPrintPage /> },
  { path: '/print/records/:month/:personId', element: <RecordsPrintPage /> },
  { path: '/print/year/:fiscalYear', element: <YearReportPrintPage /> },
];

export const HOME_PATH = '/calendar';
