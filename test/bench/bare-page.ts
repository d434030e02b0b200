/**
 * Builds the bare FullCalendar page (test/bench/bare/): React and FullCalendar only, with the
 * calendar's own options module, minified like the app's renderer, into <out>/bench-bare (or
 * `outDir`), with source maps when asked (cpu-split.ts).
 */
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { OUT_DIR } from './facility';

export async function buildBarePage(
  options: { outDir?: string; sourcemap?: boolean } = {},
): Promise<string> {
  const outDir = options.outDir ?? join(OUT_DIR, 'bench-bare');
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // React and FullCalendar in one chunk is the point of this page: no size warning for it.
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: options.sourcemap ?? false,
      chunkSizeWarningLimit: 1000,
    },
  });
  return outDir;
}
