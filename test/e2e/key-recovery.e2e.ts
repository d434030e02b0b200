import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedInput } from '../../main/testing/builders';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';

/**
 * A new PC (docs/storage.md, "Opening without the key"): the data folder is there, this PC's
 * key file is not. The start-up screen asks for the recovery key (「回復キーで開く」), refuses a
 * wrong one in Japanese, and with the right one opens the folder: the sign-in comes next and the
 * data is all there.
 */
describe.skipIf(!chromiumPath)('opening the data folder on a PC without its key', () => {
  let host: HostProcess;
  let browser: Browser;
  let recoveryKey: string;

  beforeAll(async () => {
    host = await startHostProcess({ showRecoveryKey: true });
    const made = await host.call<{ recoveryKey: string }>('storage.takeRecoveryKey', {});
    recoveryKey = made.recoveryKey;
    await host.call('beds.save', { bed: bedInput('回復-1', 1) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('asks for the recovery key, refuses a wrong one, and opens with the right one', async () => {
    // The new PC: the folder as it was, and no key file for it.
    await host.stop();
    await rm(host.keyFile, { force: true });
    await host.restart();

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.appUrl);
    const screen = page.getByTestId('key-recovery');
    await screen.waitFor();
    expect(await screen.getByRole('heading').textContent()).toBe(
      'この PC にはデータの鍵がありません',
    );
    const found = blocking(await axeViolations(page));
    expect(found, describeViolations(found)).toEqual([]);
    // Nothing else answers meanwhile.
    const refused = await host.callAs(undefined, 'session.staffNames', {});
    expect(refused.body.error?.code).toBe('DATA_KEY_MISSING');

    await page.getByTestId('recovery-key-input').fill('0000-0000-0000-0000-0000-0000-0000-0000');
    await page.getByTestId('recover-submit').click();
    const error = page.getByTestId('key-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      '回復キーが違います。印刷した回復キーをもう一度確かめてください。',
    );
    await page.screenshot({
      path: join(host.dataDir, '..', 'tomari-key-recovery.png'),
      animations: 'disabled',
    });

    // As a person types it off the paper: lower case, spaces for hyphens.
    await page
      .getByTestId('recovery-key-input')
      .fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByTestId('recover-submit').click();
    // Open: the sign-in comes next (the restart signed everybody out), and the data is there.
    await page.getByTestId('sign-in').waitFor();
    const beds = await host.call<{ name: string }[]>('beds.list', {});
    expect(beds.map((b) => b.name)).toEqual(['回復-1']);
    await page.close();
  });
});
