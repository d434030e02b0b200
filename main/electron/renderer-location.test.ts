import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPaths, isAppUrl, rendererLocation } from './renderer-location';

const mainDirectory = join('/opt', 'tomari', 'app.asar', 'out', 'main');
const paths = builtPaths(mainDirectory);
const packaged = rendererLocation({
  isPackaged: true,
  devServerUrl: 'http://localhost:5173/',
  rendererIndexHtml: paths.rendererIndexHtml,
});
const dev = rendererLocation({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173/',
  rendererIndexHtml: paths.rendererIndexHtml,
});
const fileUrl = (...parts: string[]) => pathToFileURL(join(...parts)).href;

describe('renderer location', () => {
  it('resolves the preload and renderer beside the built main file', () => {
    expect(paths.preload).toBe(join('/opt', 'tomari', 'app.asar', 'out', 'preload', 'index.cjs'));
    expect(paths.rendererIndexHtml).toBe(
      join('/opt', 'tomari', 'app.asar', 'out', 'renderer', 'index.html'),
    );
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(packaged.kind).toBe('file');
  });

  it('uses the dev server when unpackaged and ELECTRON_RENDERER_URL is set', () => {
    expect(dev).toMatchObject({ kind: 'devServer', origin: 'http://localhost:5173' });
  });

  it('loads the built file when unpackaged without a dev server', () => {
    const preview = rendererLocation({
      isPackaged: false,
      devServerUrl: undefined,
      rendererIndexHtml: paths.rendererIndexHtml,
    });
    expect(preview.kind).toBe('file');
  });

  it.each([
    [fileUrl(paths.rendererIndexHtml) + '#/calendar', true],
    [fileUrl(mainDirectory, '..', 'renderer', 'assets', 'index-abc.js'), true],
    [fileUrl(mainDirectory, '..', 'renderer-evil', 'index.html'), false],
    [fileUrl(mainDirectory, '..', 'renderer'), false],
    ['file:///opt/tomari/app.asar/out/renderer/../main/index.js', false],
    ['file:///etc/passwd', false],
    ['file://evil-host/share/index.html', false],
    ['http://localhost:5173/', false],
    ['not a url', false],
  ])('packaged: %s is an app URL: %s', (url, expected) => {
    expect(isAppUrl(packaged, url)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['https://localhost:5173/', false],
  ])('dev: %s is an app URL: %s', (url, expected) => {
    expect(isAppUrl(dev, url)).toBe(expected);
  });
});
