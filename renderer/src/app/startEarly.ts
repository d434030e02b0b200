/**
 * The first thing the renderer runs (main.tsx imports it before anything else): it keeps the
 * access token and asks for the first screen's data, so the answers arrive while the rest of the
 * app's code (React, MUI, FullCalendar, the screens) is still being loaded and run.
 */
import { captureAccessToken } from '../api/accessToken';
import { todayInJapan } from '../lib/calendar';
import { createQueryClient } from './queryClient';
import { atMost, loadStartData, START_WAIT_MS } from './startData';

// Before the first API call: in the browser host the token arrives in the URL fragment.
captureAccessToken(window.location, window.history, window.sessionStorage);

export const queryClient = createQueryClient();

// Print pages (their own windows) need none of the calendar's data.
const printing = window.location.hash.startsWith('#/print/');

/** Settles when the first screen's data is in, or after START_WAIT_MS at most. */
export const startData: Promise<void> = atMost(
  loadStartData(queryClient, todayInJapan(), printing),
  START_WAIT_MS,
);
