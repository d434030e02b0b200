/**
 * What every screenshot script needs around its own shots: the docs/ folder, the real browser
 * host on a fresh data folder, Chromium, and both closed again however the shots end.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { startHostProcess, type HostProcess } from '../e2e/support/host';

export const DOCS = resolve(import.meta.dirname, '..', '..', 'docs');

/** Who signs in on the demo facility's pages. */
export const DEMO_MANAGER = { name: '森 和子', nameKana: 'もり かずこ' } as const;

export function runScreenshots(
  shoot: (env: { host: HostProcess; browser: Browser }) => Promise<void>,
): void {
  const run = async () => {
    await mkdir(DOCS, { recursive: true });
    // The demo facility's manager, a fictional person, is signed in on every page shown.
    const host = await startHostProcess({ manager: DEMO_MANAGER });
    const browser = await launchBrowser();
    try {
      await shoot({ host, browser });
    } finally {
      await browser.close();
      await host.dispose();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
