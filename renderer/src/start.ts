/**
 * The renderer's first script. index.html loads it on its own (electron.vite.config.ts), so it
 * runs before React, MUI and FullCalendar are evaluated (in traces, Chromium ran it once every
 * start file was compiled: docs/calendar.md). It keeps the access token (and a session handed
 * over in the address) and sends the first screen's reads at once, who is signed in first.
 * Their answers travel while the rest of the app's code runs, and the client takes them when it
 * asks (api/earlyAnswers.ts). main.tsx imports it too: a module runs once, whichever asks first.
 */
import { captureFromAddress } from './api/addressKeys';
import { askEarly } from './api/earlyAnswers';
import { isPrintWindow, startRequests } from './app/startRequests';
import { storedLanguage } from './i18n/language';
import { todayInJapan } from './lib/calendar';

// Before the first call: in the browser host the token (and perhaps a session) arrives in the
// URL fragment.
captureFromAddress(window.location, window.history, window.sessionStorage);
askEarly(startRequests(todayInJapan(), isPrintWindow(window.location)));
// The language the app will start in, read now: see i18n/language.ts.
storedLanguage();
