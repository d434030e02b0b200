import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the schemas of shared/ and the renderer', () => {
  // A sentence in a schema is in one language only: the English screen would show it in
  // Japanese. Schemas name a catalogue code (`fieldIssue`) or an i18n key instead.
  const ROOT = resolve(import.meta.dirname, '..', '..');
  const SENTENCE = /\b(?:error|message):\s*(['"`])[^'"`\n]*[\u3040-\u30ff\u4e00-\u9fff]/;

  it('hold no Japanese sentence as a refusal', () => {
    const files = execFileSync(
      'git',
      ['ls-files', '-co', '--exclude-standard', 'shared', 'renderer'],
      {
        cwd: ROOT,
      },
    )
      .toString()
      .split('\n')
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => !f.startsWith('shared/messages/'));
    const found = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (SENTENCE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
