// The browser host hands the page its access token in the URL fragment (never sent to the
// server, never logged). Keep it for this tab only and take it out of the address bar so it is
// not bookmarked, shared or left in the history.
export const ACCESS_TOKEN_KEY = 'tomari.accessToken';

type LocationLike = Pick<Location, 'hash' | 'pathname' | 'search'>;
type HistoryLike = Pick<History, 'replaceState' | 'state'>;
type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function captureAccessToken(
  location: LocationLike,
  history: HistoryLike,
  storage: StorageLike,
): void {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (token === null) return;
  if (token !== '') storage.setItem(ACCESS_TOKEN_KEY, token);
  fragment.delete('token');
  const rest = fragment.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${rest === '' ? '' : `#${rest}`}`,
  );
}

export function readAccessToken(): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  try {
    return sessionStorage.getItem(ACCESS_TOKEN_KEY);
  } catch {
    return null;
  }
}
