/**
 * Finds and launches Debian's Chromium for Playwright. Playwright cannot download browsers here,
 * so the system one is used. In CI a missing browser fails the run; elsewhere the end-to-end
 * tests are reported as skipped, never as passed.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.TOMARI_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
}

export const chromiumPath = findChromium();

if (!chromiumPath && process.env.CI) {
  throw new Error(
    'Chromium is missing: CI must install it (apt-get install -y chromium); end-to-end tests may not be skipped in CI.',
  );
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('no Chromium');
  // Playwright gives every launch a fresh temporary profile; the background-networking flags
  // keep Chromium from dialing out of this closed network.
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // The desk's PCs run in Japanese: date inputs and number formats follow the UI language.
      '--lang=ja-JP',
    ],
  });
}
