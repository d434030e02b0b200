import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath, findPoppler, POPPLER_HINT } from '../e2e/support/poppler';

let empty: string;
let tools: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'tomari-nopath-'));
  tools = await mkdtemp(join(tmpdir(), 'tomari-tools-'));
  for (const tool of ['pdftotext', 'pdfinfo']) {
    await writeFile(join(tools, tool), '#!/bin/sh\n');
    await chmod(join(tools, tool), 0o755);
  }
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
  await rm(tools, { recursive: true, force: true });
});

describe('the PDF tools of the printed-summary test', () => {
  it('are reported missing (a skip) outside CI when the PATH has no pdftotext', () => {
    expect(findOnPath('pdftotext', empty)).toBeUndefined();
    expect(findPoppler({ PATH: empty })).toBe(false);
  });

  it('fail the run in CI when missing, with the install hint', () => {
    expect(() => findPoppler({ PATH: empty, CI: 'true' })).toThrow(POPPLER_HINT);
  });

  it('are found on the PATH when installed', () => {
    expect(findOnPath('pdftotext', tools)).toBe(join(tools, 'pdftotext'));
    expect(findPoppler({ PATH: tools, CI: 'true' })).toBe(true);
  });
});
