import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedInput, personInput } from '../../main/testing/builders';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { openApp } from './support/pages';

/**
 * A data file damaged while the app was closed (a disk fault, a bad copy): the app must say so,
 * keep the damaged file, never overwrite it, and bring the newest good backup back on request.
 */
describe.skipIf(!chromiumPath)('starting on a damaged data file', () => {
  let host: HostProcess;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('reports the damaged file, keeps it, and restores the newest good backup', async () => {
    const bed = await host.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });
    const person = await host.call<{ id: string }>('persons.save', {
      person: personInput({ authorizations: [{ from: '2030-01-01', to: '2030-12-31' }] }),
    });
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2030-06-01',
        end: '2030-06-03',
      },
    });
    // Opening again writes the day's backup of the files as they are now.
    await host.restart();
    await host.stop();
    const staysFile = join(host.dataDir, 'stays.json');
    const good = await readFile(staysFile, 'utf8');
    const damaged = good.slice(0, Math.floor(good.length / 2));
    await writeFile(staysFile, damaged);
    await host.restart();

    const page = await browser.newPage();
    await openApp(page, host.appUrl, '/calendar');
    const notice = page.getByTestId('storage-damaged');
    await notice.waitFor();
    expect(await notice.getByTestId('storage-damaged-file').textContent()).toContain('stays.json');
    // Nothing of the app is usable while the data is damaged, and the file is left as it was.
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await readFile(staysFile, 'utf8')).toBe(damaged);

    await page.getByTestId('restore-backup').click();
    await page.getByTestId('restore-confirm').click();
    await notice.waitFor({ state: 'detached' });
    expect(await host.call<{ id: string }>('stays.get', { id: stay.id })).toMatchObject({
      id: stay.id,
    });
    await page.close();
  });
});
