/**
 * What a page must load before it can draw: its entry chunk and every chunk the entry imports
 * statically (the modulepreload links Vite writes into index.html), in kB as Vite reports them.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface StartBundle {
  /** The entry chunk (index-*.js). */
  entry: { name: string; kB: number };
  /** The entry and its static imports together. */
  totalKB: number;
  /** How many files that is (each a request to the browser host). */
  files: number;
}

export async function startBundle(buildDir: string): Promise<StartBundle> {
  const html = await readFile(join(buildDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error(`${buildDir}/index.html has no module script`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const kB = async (file: string) => (await stat(join(buildDir, file))).size / 1000;
  const entryKB = await kB(entry);
  let totalKB = entryKB;
  for (const file of preloads) totalKB += await kB(file);
  return { entry: { name: basename(entry), kB: entryKB }, totalKB, files: 1 + preloads.length };
}
