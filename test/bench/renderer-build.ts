/**
 * What the renderer tools share (chunk-report.ts, module-eval.ts): building the renderer as
 * electron.vite.config.ts does, with plugins of their own, and naming its modules and packages.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import config from '../../electron.vite.config';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Builds the renderer with the project's own settings and `plugins` added, into `outDir`. */
export async function buildRendererWith(plugins: Plugin[], outDir: string): Promise<void> {
  const renderer = (config as unknown as { renderer: Record<string, unknown> }).renderer as {
    plugins: Plugin[];
    build: Record<string, unknown>;
  };
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    plugins: [...renderer.plugins, ...plugins],
    build: { ...renderer.build, outDir, emptyOutDir: true, minify: true },
  });
}

/** `nm:package/path` for a dependency, the project-relative path for our own files. */
export function moduleName(id: string): string {
  return id.replace(/^.*node_modules\//, 'nm:').replace(`${ROOT}/`, '');
}

/** A module's package (`nm:@scope/name`, `nm:name`) or, for our own files, its folder. */
export function packageOf(name: string): string {
  if (!name.startsWith('nm:')) return name.split('/').slice(0, 3).join('/');
  return name
    .split('/')
    .slice(0, name.startsWith('nm:@') ? 2 : 1)
    .join('/');
}
