// i18n first: every component renders text through it from the very first frame.
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureAccessToken } from './api/accessToken';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { prefetchCalendar } from './features/calendar/prefetchCalendar';
import { todayInJapan } from './lib/calendar';

// Before the first API call: in the browser host the token arrives in the URL fragment.
captureAccessToken(window.location, window.history, window.sessionStorage);

// The calendar is the home screen: its data is asked for now, while React renders the frame,
// so the month is drawn once with its bars. Print pages (their own windows) need none of it.
const queryClient = createQueryClient();
if (!window.location.hash.startsWith('#/print/')) prefetchCalendar(queryClient, todayInJapan());

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
