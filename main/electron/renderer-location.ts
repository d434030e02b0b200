/**
 * Where the renderer comes from, and whether a URL belongs to it. Navigation, IPC and CSP checks
 * all ask `isAppUrl`, so "the app's own pages" means one thing everywhere.
 */
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RendererLocation =
  | { kind: 'devServer'; url: string; origin: string }
  | { kind: 'file'; indexHtml: string; directory: string };

export interface BuiltPaths {
  preload: string;
  rendererIndexHtml: string;
}

/**
 * Paths of the built preload and renderer, relative to the built main file (out/main/index.js),
 * so they hold both in `electron-vite preview` and inside the packaged app.asar.
 */
export function builtPaths(mainDirectory: string): BuiltPaths {
  return {
    preload: join(mainDirectory, '..', 'preload', 'index.cjs'),
    rendererIndexHtml: join(mainDirectory, '..', 'renderer', 'index.html'),
  };
}

/**
 * The dev server URL from electron-vite (ELECTRON_RENDERER_URL) only when running unpackaged: a
 * packaged app must never load its UI from an environment variable.
 */
export function rendererLocation(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  rendererIndexHtml: string;
}): RendererLocation {
  const { isPackaged, devServerUrl, rendererIndexHtml } = options;
  if (!isPackaged && devServerUrl) {
    const parsed = new URL(devServerUrl);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return { kind: 'devServer', url: parsed.href, origin: parsed.origin };
    }
  }
  return { kind: 'file', indexHtml: rendererIndexHtml, directory: dirname(rendererIndexHtml) };
}

/** True when `url` is one of the app's own pages or assets. Malformed URLs are not. */
export function isAppUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'devServer') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  // Compare resolved paths, not string prefixes: `out/renderer-evil/` must not pass, nor `..`.
  const inside = relative(location.directory, fileURLToPath(parsed));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}
