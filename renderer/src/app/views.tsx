import type { ReactNode } from 'react';
import { BedSettingsPage } from '../features/beds/BedSettingsPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ContactPage } from '../features/contact/ContactPage';
import { NewPersonPage } from '../features/persons/NewPersonPage';
import { PersonRecordPage } from '../features/persons/PersonRecordPage';
import { PersonsPage } from '../features/persons/PersonsPage';
import { MonthSummariesPrintPage } from '../features/summary/MonthSummariesPrintPage';
import { SummaryPrintPage } from '../features/summary/SummaryPrintPage';
import { TodayPage } from '../features/today/TodayPage';
import { StayRecordPage } from '../features/training/StayRecordPage';
import { TonightPage } from '../features/training/TonightPage';
import { WeekBoard } from '../features/week/WeekBoard';

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
  { id: 'beds', path: '/beds', element: <BedSettingsPage /> },
] as const satisfies readonly { id: string; path: string; element: ReactNode }[];

export type ViewId = (typeof NAV_VIEWS)[number]['id'];

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
];

export const HOME_PATH = '/calendar';
