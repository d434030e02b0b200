/**
 * The query client, and the first screen's data in it: main.tsx draws the app when it is in
 * (startData), so the shell and the calendar appear together, drawn once. The reads themselves
 * were sent by start.ts before this code had loaded; prefetching them here takes their answers.
 * Who is signed in was asked first (session.current): nobody, and the reads were refused
 * (UNAUTHENTICATED), kept as refusals until someone signs in and they are asked again.
 */
import type { Staff } from '../../../shared/domain/staff';
import { channelQuery } from '../api/queries';
import { SignInScreen } from '../features/session/sessionScreens';
import { PassphraseScreen, RecoveryKeyScreen } from '../features/storage/KeyGate';
import { todayInJapan } from '../lib/calendar';
import { createQueryClient } from './queryClient';
import { atMost, loadStartData, START_WAIT_MS } from './startData';
import { isPrintWindow } from './startRequests';

export const queryClient = createQueryClient();

const loaded = loadStartData(queryClient, todayInJapan(), isPrintWindow(window.location));

/**
 * Who this window is signed in as (the window was reloaded, or the address carried a session),
 * or null: then the sign-in screen comes first. The answer start.ts asked for, as loaded above.
 */
export const signedInAtStart: Promise<Staff | null> = queryClient
  .fetchQuery(channelQuery('session.current', {}))
  .then(
    ({ staff }) => staff,
    () => null,
  );

let known: { staff: Staff | null } | undefined;

/** Who is signed in, once session.current has answered; undefined until then. */
export function knownAtStart(): { staff: Staff | null } | undefined {
  return known;
}

/**
 * Nobody signed in: the sign-in screen's code loads now, beside the first answers, so it is
 * drawn at once (a failure to load is shown by the screen itself).
 */
const firstScreen = signedInAtStart.then((staff) => {
  known = { staff };
  return staff ? undefined : SignInScreen.preload().catch(() => undefined);
});

/**
 * The data folder is not open on this PC (its key is missing, or the passphrase opens it): the
 * screen that opens it comes first, and its code loads now, beside the first answers.
 */
const keyScreen = queryClient.fetchQuery(channelQuery('storage.keyState', {})).then(
  ({ state }) =>
    state === 'open'
      ? undefined
      : Promise.all([RecoveryKeyScreen.preload(), PassphraseScreen.preload()]).catch(
          () => undefined,
        ),
  () => undefined,
);

/** Settles when the first screen's data (and code) is in, or after START_WAIT_MS at most. */
export const startData: Promise<void> = atMost(
  Promise.all([firstScreen, keyScreen, loaded]).then(() => undefined),
  START_WAIT_MS,
);
