import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import { ISSUE_CODES } from '../../shared/messages/catalog';
import { RULE_CODES } from '../../shared/rules/codes';

/** The project carries its own design in docs/: these checks keep it in step with the code. */
const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const rowsOf = (text: string) => new Set([...text.matchAll(/^\| `([\w.]+)`/gm)].map((m) => m[1]));

describe('docs/', () => {
  it('describes every channel of the contract in docs/api.md', () => {
    const rows = rowsOf(read('docs/api.md'));
    expect(CHANNELS.filter((c) => !rows.has(c))).toEqual([]);
  });

  it('lists every error and issue code in docs/errors.md, every rule code in docs/rules.md', () => {
    const errors = rowsOf(read('docs/errors.md'));
    const rules = rowsOf(read('docs/rules.md'));
    expect([...ERROR_CODES, ...ISSUE_CODES].filter((c) => !errors.has(c))).toEqual([]);
    expect(RULE_CODES.filter((c) => !rules.has(c))).toEqual([]);
  });

  it('is cited only by files that exist', () => {
    const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT })
      .toString()
      .split('\n')
      .filter((f) => /\.(ts|tsx|js|md|html|json|yml)$/.test(f) && !f.startsWith('node_modules/'))
      .filter((f) => f !== 'package-lock.json' && existsSync(join(ROOT, f)))
      // It names made-up files on purpose: they are what ESLint is asked about.
      .filter((f) => f !== 'test/unit/folder-boundaries.test.ts');
    const cited =
      /\b(?:docs|shared|main|renderer|test)\/[\w./-]*[\w-]\.(?:md|tsx?|json|html)\b|\b[A-Z][A-Z_]+\.md\b/g;
    const missing: string[] = [];
    for (const file of tracked) {
      for (const [path] of read(file).matchAll(cited)) {
        const candidates = path.includes('/') ? [path] : [path, `docs/${path}`];
        if (!candidates.some((c) => existsSync(join(ROOT, c)))) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
