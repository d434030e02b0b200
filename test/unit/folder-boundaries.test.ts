import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder rules of docs/conventions.md are enforced by ESLint; these cases prove a wrong import
 * fails `npm test` (which runs ESLint), and that a right one passes.
 */
const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('folder boundaries', () => {
  it.each([
    [
      'shared/domain/x.ts',
      "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
    ],
    ['shared/domain/x.ts', "import fs from 'fs';\nexport const r = fs;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const r = app;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const r = useState;\n"],
    ['shared/domain/x.ts', 'export const r = window.location;\n'],
    [
      'shared/domain/x.ts',
      "import { openStore } from '../../main/storage/store';\nexport const r = openStore;\n",
    ],
    ['main/services/x.ts', "import { app } from 'electron';\nexport const r = app;\n"],
    [
      'main/services/x.ts',
      "import { App } from '../../renderer/src/app/App';\nexport const r = App;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { openStore } from '../../main/storage/store';\nexport const r = openStore;\n",
    ],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;\n"],
    [
      'renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n",
    ],
    [
      'renderer/src/features/x.tsx',
      "import { zodResolver } from '@hookform/resolvers/zod';\nexport const r = zodResolver;\n",
    ],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';\nexport const r = z;\n"],
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const r = app;\n"],
    [
      'renderer/src/x.ts',
      "import { addDays } from '../../shared/domain/dates';\nexport const r = addDays;\n",
    ],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});

describe('the query cache follows the contract', () => {
  async function syntaxErrors(code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: 'renderer/src/features/x.ts' });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);
  }

  it('refuses a literal query key in a screen', async () => {
    expect(
      await syntaxErrors("export const q = { queryKey: ['usage', 'p1'], queryFn: () => 1 };\n"),
    ).not.toEqual([]);
  });

  it('refuses a hand-made refresh in a screen', async () => {
    expect(
      await syntaxErrors(
        'declare const c: { invalidateQueries(f: object): void };\nc.invalidateQueries({});\n',
      ),
    ).not.toEqual([]);
  });

  it("allows a key made from the channel's name", async () => {
    expect(
      await syntaxErrors(
        "import { channelKey } from '../api/queries';\nexport const q = { queryKey: channelKey('settings.get', {}) };\n",
      ),
    ).toEqual([]);
  });
});
