import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryKeyStore } from '../../main/storage/data-key';
import { recoverWithKey } from '../../main/storage/recovery';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { openApp } from './support/pages';

/**
 * The recovery key of a new data folder is shown once, at the first start, and stays until the
 * manager says it is kept; settings make a new one, and the old one then opens nothing.
 */
describe.skipIf(!chromiumPath)('the recovery key', () => {
  let host: HostProcess;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHostProcess({ showRecoveryKey: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  /** Whether `code` opens the data folder on a PC that lacks its key. */
  const opens = (code: string) =>
    recoverWithKey(host.dataDir, code, memoryKeyStore()).then(
      () => true,
      () => false,
    );

  it('is shown once at the first start, and a new one from settings replaces it', async () => {
    const page = await browser.newPage();
    await openApp(page, host.appUrl, '/settings');
    const dialog = page.getByRole('dialog', { name: '回復キー（必ず控えてください）' });
    await dialog.waitFor();
    const first = (await dialog.getByTestId('recovery-key').textContent()) ?? '';
    expect(first).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const close = dialog.getByRole('button', { name: '閉じる' });
    expect(await close.isDisabled()).toBe(true);
    await page.screenshot({
      path: join(host.dataDir, '..', 'tomari-recovery-key.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('checkbox').check();
    await close.click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await opens(first)).toBe(true);

    // Once only: a reload does not show it again.
    await page.reload();
    await page.getByTestId('renew-recovery').waitFor();
    expect(await page.getByTestId('recovery-key').count()).toBe(0);

    await page.getByTestId('renew-recovery').click();
    await page.getByRole('dialog', { name: '回復キーを作り直しますか？' }).waitFor();
    await page.getByRole('button', { name: '作り直す' }).click();
    const renewed = page.getByRole('dialog', { name: '回復キー（必ず控えてください）' });
    await renewed.waitFor();
    const second = (await renewed.getByTestId('recovery-key').textContent()) ?? '';
    expect(second).not.toBe(first);
    expect(await opens(second)).toBe(true);
    expect(await opens(first)).toBe(false);
    await renewed.getByRole('checkbox').check();
    await renewed.getByRole('button', { name: '閉じる' }).click();
    await renewed.waitFor({ state: 'hidden' });
    await page.close();
  });
});
