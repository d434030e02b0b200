import { describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN_KEY, SESSION_KEY, captureFromAddress } from './addressKeys';

function fakes(hash: string) {
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  const history = { state: null, replaceState: vi.fn() };
  const location = { hash, pathname: '/', search: '' };
  return { stored, storage, history, location };
}

describe('captureFromAddress', () => {
  it('keeps the token from the fragment and removes it from the address bar', () => {
    const { stored, storage, history, location } = fakes('#token=abc123');

    captureFromAddress(location, history, storage);

    expect(stored.get(ACCESS_TOKEN_KEY)).toBe('abc123');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('keeps a signed-in session given beside the token, and removes both', () => {
    const { stored, storage, history, location } = fakes('#token=abc&session=s3ss10n');

    captureFromAddress(location, history, storage);

    expect(stored.get(ACCESS_TOKEN_KEY)).toBe('abc');
    expect(stored.get(SESSION_KEY)).toBe('s3ss10n');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('leaves other fragment parameters in place', () => {
    const { history, storage, location } = fakes('#token=abc&view=week');

    captureFromAddress(location, history, storage);

    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/#view=week');
  });

  it('does nothing when the fragment has neither', () => {
    const { stored, storage, history, location } = fakes('#/calendar');

    captureFromAddress(location, history, storage);

    expect(stored.size).toBe(0);
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
