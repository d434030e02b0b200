/**
 * Finds Debian's poppler-utils (`pdftotext`, `pdfinfo`), which the printed-summary test reads
 * its PDF with. Like Chromium (browser.ts): missing on a developer's machine, the test is
 * reported as skipped with the install hint; missing in CI (`CI=true`), the run fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF (laid out), its page count and pdfinfo's page size line. */
export async function readPdf(
  path: string,
): Promise<{ text: string; pages: number; pageSize: string }> {
  const { stdout: text } = await run('pdftotext', ['-layout', path, '-']);
  const { stdout: info } = await run('pdfinfo', [path]);
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
  };
}

export const POPPLER_HINT =
  'pdftotext / pdfinfo are missing: install poppler-utils (Debian: apt-get install -y poppler-utils; macOS: brew install poppler)';

/** The first `name` on the PATH, like `which`; undefined when there is none. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const candidate of names) {
      const full = join(dir, candidate);
      if (existsSync(full)) return full;
    }
  }
  return undefined;
}

/**
 * Whether the PDF tools are there. Throws in CI when they are not, so that CI can never pass by
 * skipping the printed-summary test.
 */
export function findPoppler(env: NodeJS.ProcessEnv = process.env): boolean {
  const found = ['pdftotext', 'pdfinfo'].every((tool) => findOnPath(tool, env.PATH ?? ''));
  if (!found && env.CI) {
    throw new Error(`${POPPLER_HINT}. The printed-summary test may not be skipped in CI.`);
  }
  return found;
}

export const hasPoppler = findPoppler();
if (!hasPoppler) console.warn(`[e2e] skipping the printed-summary PDF check: ${POPPLER_HINT}`);
