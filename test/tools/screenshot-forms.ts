/**
 * Screenshots of data entry on the desk's 1366×768 laptop, on the demo facility (fictional
 * people): docs/booking-dialog.png (a booking the rules refuse, its buttons and the reason in
 * view), docs/unsaved-question.png (the question before unsaved input is left) and
 * docs/date-picker.png (a date of birth with its era, the calendar pop-up in Japanese).
 */
import { resolve } from 'node:path';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { BookingDialog } from '../e2e/support/booking-dialog';
import { openApp } from '../e2e/support/pages';
import { PersonRecordPage } from '../e2e/support/persons-page';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemo((channel, input) => host.call(channel, input), today);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });

  await openApp(page, host.appUrl, '/calendar');
  const dialog = new BookingDialog(page);
  await dialog.openFromButton();
  await dialog.pickPerson('はなこ', '佐藤 花子');
  await dialog.chooseBed('101-B');
  await dialog.setEnd(addDays(today, 12));
  await dialog.violations('error').waitFor();
  await dialog.blockers.locator('[data-blocker="ruleError"]').waitFor();
  await page.screenshot({ path: resolve(DOCS, 'booking-dialog.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-changes').waitFor();
  await page.screenshot({ path: resolve(DOCS, 'unsaved-question.png') });
  await page.getByTestId('discard-changes-discard').click();

  const [person] = await host.call<{ id: string }[]>('persons.search', { text: 'さとう' });
  if (!person) throw new Error('the demo facility has no 佐藤');
  const record = new PersonRecordPage(page);
  await record.open(host.appUrl, person.id);
  const birthDate = page.getByTestId('identity-birthDate');
  await birthDate.locator('[role="spinbutton"]').first().click();
  await page.keyboard.type('19900415');
  await birthDate.getByRole('button').click();
  const popup = page.getByRole('dialog');
  await popup.getByRole('gridcell', { name: '15' }).waitFor();
  // The pop-up grows and fades in (MUI's transition, well under a second): let it finish.
  await page.waitForTimeout(800);
  await page.screenshot({ path: resolve(DOCS, 'date-picker.png') });
  console.log(`saved booking-dialog.png, unsaved-question.png and date-picker.png in ${DOCS}`);
});
