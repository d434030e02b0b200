import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { bedInput, personInput } from '../../main/testing/builders';
import { chromiumPath, launchBrowser } from './support/browser';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';

/**
 * The bed calendar on the front desk's 1366×768 office laptop, for a facility of 20 beds in five
 * rooms: most beds in view at once under the app's bar, the dates in view however far the beds
 * are scrolled, the whole month across the screen, and guests' names readable on their bars.
 */
describe.skipIf(!chromiumPath)('the bed calendar on a 1366×768 laptop', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let calendar: CalendarPage;
  const beds: { id: string }[] = [];
  const today = todayInJapan(new Date());
  const first = `${today.slice(0, 7)}-01`;
  const month = { from: first, to: addDays(`${addDays(first, 40).slice(0, 7)}-01`, -1) };
  let longStay: { id: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHostProcess();
    for (let i = 0; i < 20; i++) {
      const room = `${Math.floor(i / 4) + 1}号室`;
      const name = `${String.fromCharCode(65 + Math.floor(i / 4))}-${(i % 4) + 1}`;
      beds.push(await host.call('beds.save', { bed: bedInput(name, i + 1, { room }) }));
    }
    const person = await host.call<{ id: string }>('persons.save', {
      person: personInput({
        familyName: '佐藤',
        givenName: '花子',
        authorizations: [{ from: addDays(today, -60), to: addDays(today, 200) }],
      }),
    });
    // Four nights from the month's 3rd: a bar long enough for a name, wherever today falls.
    longStay = await host.call('stays.create', {
      draft: {
        personId: person.id,
        bedId: beds[19]!.id,
        kind: 'experience',
        start: addDays(month.from, 2),
        end: addDays(month.from, 6),
        status: 'confirmed',
      },
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
    calendar = new CalendarPage(page);
    await calendar.open(host.appUrl);
    await calendar.stay(longStay.id).waitFor();
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await host?.dispose();
  });

  const bedRow = (bedId: string) => page.getByTestId(`calendar-bed-${bedId}`);

  it('shows at least 12 of the 20 beds at once, under the app bar', async () => {
    let inView = 0;
    for (const bed of beds) if (await calendar.isUncovered(bedRow(bed.id))) inView += 1;
    expect(inView).toBeGreaterThanOrEqual(12);
  });

  it("shows the month's first and last night without scrolling sideways", async () => {
    expect(await calendar.isUncovered(calendar.night(month.from))).toBe(true);
    expect(await calendar.isUncovered(calendar.night(month.to))).toBe(true);
  });

  it('keeps the dates in view after scrolling down to the last bed', async () => {
    const last = bedRow(beds[19]!.id);
    await last.scrollIntoViewIfNeeded();
    expect(await calendar.isUncovered(last)).toBe(true);
    expect(await calendar.isUncovered(calendar.night(month.from))).toBe(true);
    expect(await calendar.isUncovered(calendar.night(month.to))).toBe(true);
    // The month's buttons stay in view too.
    expect(await calendar.isUncovered(page.locator('.fc-next-button'))).toBe(true);
  });

  it('writes the guest’s name whole on a bar, the kind as an icon, the rest in words', async () => {
    const bar = calendar.stay(longStay.id);
    expect(await bar.textContent()).toBe('佐藤 花子');
    const cut = await bar.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(cut).toBe(false);
    const icon = await bar.evaluate((el) => getComputedStyle(el, '::before').maskImage);
    expect(icon).toContain('svg');
    expect(await bar.getAttribute('aria-label')).toContain('体験・確定');
    await bar.hover();
    const tip = page.getByTestId('stay-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('体験・確定');
  });
});
