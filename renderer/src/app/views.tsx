import type { ReactNode } from 'react';
import type { Channel } from '../../../shared/api/contract';
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
const StaffRegisterPage = lazyPage(() =>
  import('../features/staff/StaffRegisterPage').then((m) => m.StaffRegisterPage),
);
const AuditPage = lazyPage(() => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const RetentionPage = lazyPage(() =>
  import('../features/retention/RetentionPage').then((m) => m.RetentionPage),
);
const DisclosurePrintPage = lazyPage(() =>
  import('../features/retention/DisclosurePrintPage').then((m) => m.DisclosurePrintPage),
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
 * `needs`: the channel a screen is for; the tab shows, and the screen opens, only for roles that
 * may call it (the services refuse the calls anyway: docs/staff.md).
 */
export const NAV_VIEWS = [
  { id: 'calendar', path: '/calendar', needs: 'stays.list', element: <CalendarPage /> },
  { id: 'today', path: '/today', needs: 'stays.list', element: <TodayPage /> },
  { id: 'contact', path: '/contact', needs: 'stays.toContact', element: <ContactPage /> },
  { id: 'records', path: '/records', needs: 'training.save', element: <TonightPage /> },
  { id: 'persons', path: '/persons', needs: 'persons.search', element: <PersonsPage /> },
  { id: 'week', path: '/week', needs: 'stays.list', element: <WeekBoard /> },
  { id: 'reports', path: '/reports', needs: 'reports.occupancy', element: <ReportsPage /> },
  { id: 'beds', path: '/beds', needs: 'beds.save', element: <BedSettingsPage /> },
  {
    id: 'settings',
    path: '/settings',
    needs: 'settings.update',
    element: <FacilitySettingsPage />,
  },
  { id: 'staff', path: '/staff', needs: 'staff.list', element: <StaffRegisterPage /> },
  { id: 'audit', path: '/audit', needs: 'audit.list', element: <AuditPage /> },
  { id: 'retention', path: '/retention', needs: 'retention.list', element: <RetentionPage /> },
] as const satisfies readonly View[];

export interface View {
  id?: string;
  path: string;
  needs: Channel;
  element: ReactNode;
}

/** Screens reached from another screen, inside the app shell. */
export const INNER_ROUTES: readonly View[] = [
  { path: '/persons/new', needs: 'persons.save', element: <NewPersonPage /> },
  { path: '/persons/:personId', needs: 'persons.get', element: <PersonRecordPage /> },
  { path: '/stays/:stayId/record', needs: 'training.list', element: <StayRecordPage /> },
];

/** Pages made for printing: no app bar, A4 layout. */
export const PRINT_ROUTES: readonly View[] = [
  { path: '/print/summary/:stayId', needs: 'summary.get', element: <SummaryPrintPage /> },
  { path: '/print/summaries/:month', needs: 'summary.month', element: <MonthSummariesPrintPage /> },
  {
    path: '/print/emergency-sheet/:personId',
    needs: 'persons.get',
    element: <EmergencySheetPrintPage />,
  },
  { path: '/print/records/:month', needs: 'records.month', element: <RecordsPrintPage /> },
  {
    path: '/print/records/:month/:personId',
    needs: 'records.month',
    element: <RecordsPrintPage />,
  },
  { path: '/print/year/:fiscalYear', needs: 'reports.year', element: <YearReportPrintPage /> },
  {
    path: '/print/disclosure/:personId',
    needs: 'persons.disclosure',
    element: <DisclosurePrintPage />,
  },
];

export const HOME_PATH = '/calendar';
