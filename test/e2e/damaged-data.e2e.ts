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

  it('reports the damaged file, keeps it, shows what a restore gives up, and restores only that file', async () => {
    const bed = await host.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });
    const person = await host.call<{ id: string }>('persons.save', {
      person: personInput({ authorizations: [{ from: '2030-01-01', to: '2030-12-31' }] }),
    });
    const draft = { personId: person.id, bedId: bed.id, kind: 'experience' };
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: { ...draft, start: '2030-06-01', end: '2030-06-03' },
    });
    // Opening again backs up the first day's work (the first start's backup held empty files).
    await host.restart();
    // Written after that backup: a person (master.json) and a stay (stays-2030.json).
    const later = await host.call<{ id: string }>('persons.save', {
      person: personInput({ givenName: '花子', authorizations: [] }),
    });
    const lostStay = await host.call<{ id: string }>('stays.create', {
      draft: { ...draft, start: '2030-07-01', end: '2030-07-03' },
    });
    await host.stop();
    const staysFile = join(host.dataDir, 'stays-2030.json');
    // Cut off (the file is sealed: cutting it fails its authentication).
    const good = await readFile(staysFile);
    const damaged = good.subarray(0, Math.floor(good.length / 2));
    await writeFile(staysFile, damaged);
    await host.restart();

    const page = await browser.newPage();
    await openApp(page, host.appUrl, '/calendar');
    const notice = page.getByTestId('storage-damaged');
    await notice.waitFor();
    expect(await notice.getByTestId('storage-damaged-file').textContent()).toContain(
      'stays-2030.json',
    );
    // Nothing of the app is usable while the data is damaged, and the file is left as it was.
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await readFile(staysFile)).toEqual(damaged);

    await page.getByTestId('restore-backup').click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    const step = await preview.getByTestId('restore-step').textContent();
    expect(step).toContain('stays-2030.json');
    expect(step).toContain('変更 1 件が失われます');
    await page.screenshot({
      path: join(host.dataDir, '..', 'tomari-restore-preview.png'),
      animations: 'disabled',
    });
    await page.getByTestId('restore-confirm').click();
    await notice.waitFor({ state: 'detached' });
    expect(await host.call<{ id: string }>('stays.get', { id: stay.id })).toMatchObject({
      id: stay.id,
    });
    // The undamaged master.json kept its newer write; the stay made after the backup is gone.
    expect(await host.call<{ id: string }>('persons.get', { id: later.id })).toMatchObject({
      id: later.id,
    });
    await expect(host.call('stays.get', { id: lostStay.id })).rejects.toThrow('NOT_FOUND');
    await page.close();
  });
});
