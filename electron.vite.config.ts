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
 * an async module script in <head>. It runs before the app's own code (in traces, once every
 * start file was compiled: docs/calendar.md) and sends the first screen's reads, whose answers
 * travel while that code runs. (The app imports it too; a module runs once.) The dev server
 * serves it from the source.
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

/**
 * The modules a window runs before its first screen is drawn, known once the module graph is:
 * `first`, what the first script (renderer/src/start.ts) imports, and `start`, everything else
 * the page (renderer/index.html, the app's entry main.tsx) imports statically. What loads on
 * demand (import()) is in neither. The renderer build's chunk groups below use them.
 */
function startPath(): Plugin & { first: Set<string>; start: Set<string> } {
  const first = new Set<string>();
  const start = new Set<string>();
  return {
    name: 'tomari-start-path',
    apply: 'build',
    first,
    start,
    buildEnd() {
      const closure = (pattern: RegExp, into: Set<string>, except?: Set<string>) => {
        into.clear();
        const pending = [...this.getModuleIds()].filter((id) => pattern.test(id));
        while (pending.length > 0) {
          const id = pending.pop()!;
          if (into.has(id) || except?.has(id)) continue;
          into.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      closure(/renderer[\\/]src[\\/]start\.ts$/, first);
      closure(/renderer[\\/]index\.html$/, start, first);
    },
  };
}

const startModules = startPath();

/**
 * React Router 7 names only its development build in its package exports (its issue #14102), so
 * a production bundle would carry its dev warnings and checks. The renderer's build takes the
 * production build beside it; the dev server keeps the development one.
 */
function reactRouterProductionBuild(): Plugin {
  const dist = resolve('node_modules/react-router/dist/production');
  return {
    name: 'tomari-react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: `${dist}/index.mjs` },
          { find: /^react-router\/dom$/, replacement: `${dist}/dom-export.mjs` },
        ],
      },
    }),
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
    plugins: [
      react(),
      relaxCspForDevServer(),
      startScriptFirst(),
      startModules,
      reactRouterProductionBuild(),
    ],
    build: {
      outDir: `${OUT}/renderer`,
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), start: resolve('renderer/src/start.ts') },
        output: {
          codeSplitting: {
            // What the first screen needs comes in six files, one a connection (a browser opens
            // six to one host), loaded and compiled side by side: the first script (start.ts,
            // a few kB that send the first reads), React and its router, FullCalendar, the
            // other libraries of the first screen, and the app's own start (index-*.js, with
            // the shell and the calendar screen). Left to itself the bundler made twenty files
            // of the modules also shared with screens loaded later. Every other screen, dialog,
            // chart and print page loads on demand (views.tsx, lazyComponent). `npm run bench`
            // prints the first chunk's size and all the JS loaded at start.
            groups: [
              { name: 'start', test: (id: string) => startModules.first.has(id), priority: 4 },
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
                priority: 3,
              },
              {
                name: 'fullcalendar',
                test: /node_modules[\\/](@fullcalendar|preact)[\\/]/,
                priority: 3,
              },
              {
                name: 'vendor',
                test: (id: string) => /node_modules/.test(id) && startModules.start.has(id),
                priority: 2,
              },
              // Taking the page's own entry module, this group is the entry chunk, index-*.js.
              { name: 'index', test: (id: string) => startModules.start.has(id), priority: 1 },
            ],
          },
        },
      },
    },
  },
});
