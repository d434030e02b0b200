import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedInput, personInput } from '../../main/testing/builders';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import type { Bed } from '../../shared/domain/schemas';
import { BookingDialog } from './support/booking-dialog';
import { chromiumPath, launchBrowser } from './support/browser';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';

interface Saved {
  id: string;
}

/** True when the element is wholly inside the window (nothing of it below the fold). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/**
 * The new-booking dialog on the desk's 1366×768 laptop: it opens on a bed that can take the
 * booking, its buttons stay in view however long the form grows, and a greyed 予約する always
 * says why.
 */
describe.skipIf(!chromiumPath)('the new-booking dialog at 1366×768', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let dialog: BookingDialog;
  const today = todayInJapan(new Date());
  const errors: string[] = [];
  const beds: Record<string, Saved> = {};

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    // As in the demo facility: the first bed is kept for emergencies only, the second is
    // reserved for them but takes experience stays too, the third is taken tonight.
    const layout: [string, number, Partial<Bed>][] = [
      ['E-1', 1, { allows: ['emergency'], emergencyReserved: true }],
      ['R-2', 2, { emergencyReserved: true }],
      ['A-3', 3, {}],
      ['A-4', 4, {}],
    ];
    for (const [name, order, extra] of layout) {
      beds[name] = await host.call<Saved>('beds.save', { bed: bedInput(name, order, extra) });
    }
    await host.call<Saved>('persons.save', {
      person: personInput({
        familyName: '佐藤',
        givenName: '花子',
        familyNameKana: 'さとう',
        givenNameKana: 'はなこ',
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
      }),
    });
    const guest = await host.call<Saved>('persons.save', {
      person: personInput({ familyName: '鈴木', givenName: '一郎' }),
    });
    await host.call('stays.create', {
      draft: {
        personId: guest.id,
        bedId: beds['A-3']!.id,
        kind: 'experience',
        start: addDays(today, -1),
        end: addDays(today, 2),
        status: 'confirmed',
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => errors.push(e.message));
    dialog = new BookingDialog(page);
    await new CalendarPage(page).open(host.appUrl);
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it('opens 新規予約 on the first bed that can take tonight, not the emergency-only one', async () => {
    await dialog.openFromButton();
    // Not E-1 (emergency only), not R-2 (kept free for emergencies while another will do),
    // not A-3 (taken tonight): A-4.
    await expect.poll(() => dialog.bedId()).toBe(beds['A-4']!.id);
    expect(await dialog.dates()).toEqual({ start: today, end: addDays(today, 1) });
    await dialog.pickPerson('はなこ', '佐藤 花子');
    await dialog.ok.waitFor();
    expect(await dialog.violations('error').count()).toBe(0);
    expect(await dialog.saveButton.isEnabled()).toBe(true);
  });

  it('says why 予約する is greyed: first the person, then a departure before the arrival', async () => {
    await dialog.openFromButton();
    await expect.poll(() => dialog.blockerKinds()).toEqual(['personRequired']);
    expect(await dialog.blockers.textContent()).toContain('利用者を選んでください。');
    expect(await dialog.saveButton.isDisabled()).toBe(true);

    await dialog.pickPerson('はなこ', '佐藤 花子');
    await dialog.setEnd(addDays(today, -2));
    await expect.poll(() => dialog.blockerKinds()).toEqual(['endAfterStart']);
    expect(await dialog.blockers.textContent()).toContain(
      '退所日は入所日より後の日付にしてください（1泊以上）。',
    );
    // Said under the field too, and the button points at the reason for screen readers.
    expect(await dialog.root.getByTestId('booking-end').textContent()).toContain(
      '退所日は入所日より後にしてください',
    );
    expect(await dialog.saveButton.getAttribute('aria-describedby')).toBe('booking-blockers');
    expect(await dialog.saveButton.isDisabled()).toBe(true);
    expect(await inView(page, dialog.blockers)).toBe(true);

    await dialog.setEnd(addDays(today, 3));
    await dialog.ok.waitFor();
    expect(await dialog.blockerKinds()).toEqual([]);
    expect(await dialog.saveButton.isEnabled()).toBe(true);
  });

  it('keeps 予約する and the reason it is greyed in view when the rules fill the dialog', async () => {
    await dialog.openFromButton();
    await dialog.pickPerson('はなこ', '佐藤 花子');
    // The bed taken tonight, for longer than a stay may last: an error and an override at once.
    await dialog.chooseBed('A-3');
    await dialog.setEnd(addDays(today, 12));
    await dialog.violations('error').waitFor();
    await expect.poll(() => dialog.blockerKinds()).toEqual(['ruleError']);
    expect(await dialog.blockers.textContent()).toContain('予約できません：');

    // The form is taller than the window now; the content scrolls, the buttons stay put.
    const content = dialog.root.locator('.MuiDialogContent-root');
    expect(await content.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(
      true,
    );
    expect(await inView(page, dialog.saveButton)).toBe(true);
    expect(await inView(page, dialog.cancelButton)).toBe(true);
    expect(await inView(page, dialog.blockers)).toBe(true);
  });
});
