// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps the choice once read: each test loads it afresh.
const load = () => import('./language');

beforeEach(() => {
  vi.resetModules();
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stored language', () => {
  it('is Japanese when none was chosen, or the stored value is not a language', async () => {
    expect((await load()).storedLanguage()).toBe('ja');
    vi.resetModules();
    window.localStorage.setItem('tomari.language', 'fr');
    expect((await load()).storedLanguage()).toBe('ja');
  });

  it('is the one remembered, also by the next start', async () => {
    const first = await load();
    first.rememberLanguage('en');
    expect(first.storedLanguage()).toBe('en');
    vi.resetModules();
    expect((await load()).storedLanguage()).toBe('en');
  });

  it('reads the storage once, the first time it is asked (start.ts asks early)', async () => {
    window.localStorage.setItem('tomari.language', 'en');
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const { storedLanguage } = await load();
    expect(storedLanguage()).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(getItem).toHaveBeenCalledTimes(1);
  });

  it('is Japanese when the storage cannot be read, and a choice still holds for the session', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('storage disabled');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('storage disabled');
    });
    const { rememberLanguage, storedLanguage } = await load();
    expect(storedLanguage()).toBe('ja');
    rememberLanguage('en');
    expect(storedLanguage()).toBe('en');
  });
});
