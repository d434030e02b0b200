import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server's React refresh needs an inline script and a websocket; the strict policy in
 * renderer/index.html stays as it is in every build.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'tomari-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

/**
 * Loads the renderer's first script (renderer/src/start.ts, an entry of its own) by itself, as
 * an async module script at the top of <head>: it runs as soon as its few kilobytes are in and
 * sends the first screen's reads while the app's own code still loads. (The app imports it
 * too; a module runs once.) The dev server serves it from the source.
 */
function startScriptFirst(): Plugin {
  return {
    name: 'tomari-start-script',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const start = Object.values(ctx.bundle ?? {}).find(
          (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'start',
        );
        const src = start ? `./${start.fileName}` : '/src/start.ts';
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

// TOMARI_OUT_DIR lets parallel work build and test without overwriting each other's out/.
const OUT = process.env.TOMARI_OUT_DIR ?? 'out';

// One build for the three parts of the desktop app. The renderer output (out/renderer) is also
// what the browser host serves, so tests and demos run the very same bundle.
export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: { input: { index: resolve('main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: {
        input: { index: resolve('main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), relaxCspForDevServer(), startScriptFirst()],
    build: {
      outDir: `${OUT}/renderer`,
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), start: resolve('renderer/src/start.ts') },
        output: {
          codeSplitting: {
            // React and its router, in a chunk of their own that changes only with an upgrade.
            // The first chunk (index-*.js) then holds the app's shell and the calendar screen
            // with FullCalendar; every other screen, dialog, chart and print page loads on demand
            // (views.tsx, lazyComponent). `npm run bench` prints both sizes.
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});
