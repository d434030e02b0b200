/**
 * The query client, and the first screen's data in it: main.tsx draws the app when it is in
 * (startData), so the shell and the calendar appear together, drawn once. The reads themselves
 * were sent by start.ts before this code had loaded; prefetching them here takes their answers.
 */
import { todayInJapan } from '../lib/calendar';
import { createQueryClient } from './queryClient';
import { atMost, loadStartData, START_WAIT_MS } from './startData';
import { isPrintWindow } from './startRequests';

export const queryClient = createQueryClient();

/** Settles when the first screen's data is in, or after START_WAIT_MS at most. */
export const startData: Promise<void> = atMost(
  loadStartData(queryClient, todayInJapan(), isPrintWindow(window.location)),
  START_WAIT_MS,
);
