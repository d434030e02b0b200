import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../main/testing/builders';
import { todayInJapan } from '../../shared/domain/dates';
import { BookingDialog } from './support/booking-dialog';
import { chromiumPath, launchBrowser } from './support/browser';
import { nextMonthNights, seedCalendarFacility } from './support/calendar-facility';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';
import { PersonRecordPage } from './support/persons-page';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * The English screen says what the rules and the field checks found in English: the server's
 * messages are Japanese, the screen renders its own from the codes and figures (shared/messages).
 */
describe.skipIf(!chromiumPath)('the screen in English', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  const today = todayInJapan(new Date());
  const night = nextMonthNights(today);

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHostProcess();
    page = await browser.newPage({ viewport: { width: 1500, height: 900 }, locale: 'en-GB' });
    await page.addInitScript(() => window.localStorage.setItem('tomari.language', 'en'));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('names a broken booking rule in English, with its figures', async () => {
    const { beds, hanako } = await seedCalendarFacility(host, today);
    await host.call('stays.create', {
      draft: {
        personId: hanako.id,
        bedId: beds[0]!.id,
        kind: 'experience',
        start: night(10),
        end: night(13),
      },
    });

    const calendar = new CalendarPage(page);
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.night(night(10)).waitFor();
    await calendar.selectNights(beds[1]!.id, night(11), night(12));
    const dialog = new BookingDialog(page);
    await dialog.root.waitFor();
    await dialog.pickPerson('すずき', '鈴木');
    await page.getByTestId('booking-ok').waitFor();
    // Now ask for the bed that is taken on those nights.
    await page.getByTestId('booking-bed').locator('..').click();
    await page.getByRole('option', { name: /101-A/ }).click();
    const errors = page.getByTestId('violations-error');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('This bed is taken by 1 other booking(s) for 2 night(s) from');
    expect(text).not.toMatch(JAPANESE);
  });

  it('names a refused field in English under the field', async () => {
    const person = await host.call<{ id: string }>('persons.save', { person: personInput() });
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, person.id);
    const identity = record.section('identity');
    await page.getByTestId('identity-familyNameKana').fill('Suzuki');
    await page.getByTestId('identity-certificateNumber').fill('12345');
    await identity.locator('button[type="submit"]').click();

    // Under the field and again beside the save button.
    await identity
      .getByText('Write the family name in kana (furigana) in hiragana or katakana.')
      .first()
      .waitFor();
    await identity.getByText('The recipient certificate number is 10 digits.').first().waitFor();
    expect(await identity.locator('.Mui-error').allTextContents()).not.toContainEqual(
      expect.stringMatching(JAPANESE),
    );
  });
});
