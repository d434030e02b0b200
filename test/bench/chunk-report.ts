/**
 * What each renderer chunk holds: builds the renderer as electron.vite.config.ts does (into the
 * temp folder) and prints every chunk with its size, what it imports and its largest packages
 * or source folders (module sizes before minifying); LIST=<chunk name> lists that chunk's
 * modules. A tool: `tsx test/bench/chunk-report.ts`; the start's files are index.html's.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildRendererWith, moduleName, packageOf } from './renderer-build';

const report: Plugin = {
  name: 'chunk-report',
  generateBundle(_o, bundle) {
    const rows: string[] = [];
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const mods = Object.entries(chunk.modules)
        .map(([id, m]) => [moduleName(id), m.renderedLength] as const)
        .sort((a, b) => b[1] - a[1]);
      const byPkg = new Map<string, number>();
      for (const [id, len] of mods) byPkg.set(packageOf(id), (byPkg.get(packageOf(id)) ?? 0) + len);
      if (process.env.LIST === chunk.name) for (const [id] of mods) rows.push(`   . ${id}`);
      rows.push(
        `== ${chunk.fileName} ${(chunk.code.length / 1000).toFixed(0)} kB entry=${chunk.isEntry} dyn=${chunk.isDynamicEntry} imports=${chunk.imports.join(',')}`,
      );
      for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 25))
        rows.push(`   ${(v / 1000).toFixed(1).padStart(7)}  ${k}`);
    }
    console.log(rows.join('\n'));
  },
};

await buildRendererWith([report], join(tmpdir(), 'tomari-chunk-report'));
