// The browser host hands the page its access token, and may hand it a signed-in session, in the
// URL fragment (`#token=T&session=S`: never sent to the server, never logged). Both are kept for
// this tab only (sessionStorage: gone when the tab closes) and taken out of the address bar, so
// they are not bookmarked, shared or left in the history. The session travels in the header
// X-Tomari-Session; in Electron the main process holds it instead and none is kept here.
export const ACCESS_TOKEN_KEY = 'tomari.accessToken';
export const SESSION_KEY = 'tomari.session';

/** Fragment parameters and where each is kept. */
const KEPT = { token: ACCESS_TOKEN_KEY, session: SESSION_KEY } as const;

type LocationLike = Pick<Location, 'hash' | 'pathname' | 'search'>;
type HistoryLike = Pick<History, 'replaceState' | 'state'>;
type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function captureFromAddress(
  location: LocationLike,
  history: HistoryLike,
  storage: StorageLike,
): void {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  let found = false;
  for (const [name, key] of Object.entries(KEPT)) {
    const value = fragment.get(name);
    if (value === null) continue;
    found = true;
    if (value !== '') storage.setItem(key, value);
    fragment.delete(name);
  }
  if (!found) return;
  const rest = fragment.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${rest === '' ? '' : `#${rest}`}`,
  );
}

function read(key: string): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function readAccessToken(): string | null {
  return read(ACCESS_TOKEN_KEY);
}

export function readSession(): string | null {
  return read(SESSION_KEY);
}

/** Keeps the session a sign-in answered (browser host only), or forgets it (`null`). */
export function keepSession(session: string | null): void {
  try {
    if (session === null) sessionStorage.removeItem(SESSION_KEY);
    else sessionStorage.setItem(SESSION_KEY, session);
  } catch {
    // No storage (a locked-down browser): the page then signs in again after a reload.
  }
}
