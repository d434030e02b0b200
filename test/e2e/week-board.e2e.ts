import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { bedInput, personInput } from '../../main/testing/builders';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { WeekBoardPage } from './support/pages';

/**
 * The whole path a user takes: the built renderer in Chromium, the browser host, the real
 * services and files. Skipped (and reported as skipped) only where no Chromium is installed
 * outside CI; in CI a missing Chromium fails the run (see support/browser.ts).
 */
describe.skipIf(!chromiumPath)('the first screen over the browser host', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it("shows the beds and this week's stays, with the person and the kind in words", async () => {
    const today = todayInJapan(new Date());
    await host.call('settings.update', { facilityName: 'とまり荘' });
    const bedA = await host.call<{ id: string }>('beds.save', {
      bed: bedInput('A-1', 1, { room: '1号室', allows: ['emergency'], emergencyReserved: true }),
    });
    const bedB = await host.call<{ id: string }>('beds.save', {
      bed: bedInput('A-2', 2, { room: '1号室' }),
    });
    const person = await host.call<{ id: string }>('persons.save', {
      person: personInput({
        familyName: '佐藤',
        givenName: '花子',
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
      }),
    });
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: {
        personId: person.id,
        bedId: bedB.id,
        kind: 'experience',
        start: today,
        end: addDays(today, 1),
        status: 'confirmed',
      },
    });

    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const board = new WeekBoardPage(page);
    await board.open(host.appUrl);

    await expect.poll(() => board.facilityName.textContent()).toContain('とまり荘');
    expect(await board.bedRow(bedA.id).textContent()).toContain('緊急用');
    const cell = board.stayCell(stay.id);
    await cell.waitFor();
    expect(await cell.textContent()).toContain('佐藤');
    expect(await cell.textContent()).toContain('体験');
    // The token was read from the fragment and removed from the address bar.
    expect(page.url()).not.toContain('token=');
    expect(errors).toEqual([]);
  });

  it('tells the user in Japanese when the access key is wrong', async () => {
    const other = await browser.newPage();
    await other.goto(`${host.url}#token=wrong`);
    await expect
      .poll(() => other.textContent('body'), { timeout: 15_000 })
      .toContain('アクセスキー');
    await other.close();
  });
});
