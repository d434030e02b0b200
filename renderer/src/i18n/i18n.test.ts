// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module starts the stored language as it loads: each test loads it afresh.
const load = () => import('./i18n');

beforeEach(() => {
  vi.resetModules();
  window.localStorage.clear();
});

afterEach(() => {
  vi.doUnmock('./english');
});

describe('the screen language at start', () => {
  it('is Japanese, with no English text loaded, when nothing else was chosen', async () => {
    const { default: i18n, languageReady } = await load();
    await languageReady;
    expect(i18n.language).toBe('ja');
    expect(i18n.t('language.other')).toBe('English');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('is English, its text loaded before the first render may start, when English was chosen', async () => {
    window.localStorage.setItem('tomari.language', 'en');
    const { default: i18n, languageReady } = await load();
    await languageReady;
    expect(i18n.language).toBe('en');
    expect(i18n.t('language.other')).toBe('日本語');
    expect(i18n.t('calendar.title')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('stays Japanese when the English text cannot be loaded, and loads it on the next try', async () => {
    window.localStorage.setItem('tomari.language', 'en');
    vi.doMock('./english', () => {
      throw new Error('chunk failed to load');
    });
    const { default: i18n, languageReady, switchLanguage } = await load();
    await expect(languageReady).resolves.toBeUndefined();
    expect(i18n.language).toBe('ja');
    expect(i18n.t('language.other')).toBe('English');

    vi.doUnmock('./english');
    await switchLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('language.other')).toBe('日本語');
  });
});

describe('switching the language', () => {
  it('loads English once, then switches back and forth', async () => {
    const { default: i18n, languageReady, loadLanguage, switchLanguage } = await load();
    await languageReady;
    await switchLanguage('en');
    expect(i18n.t('language.other')).toBe('日本語');
    expect(loadLanguage('en')).toBe(loadLanguage('en'));
    await switchLanguage('ja');
    expect(i18n.language).toBe('ja');
    expect(i18n.t('language.other')).toBe('English');
    expect(document.documentElement.lang).toBe('ja');
  });
});
