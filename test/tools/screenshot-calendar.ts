/**
 * Screenshots of the bed calendar on a realistic month of the demo facility (8 beds, fictional
 * people), on the desk's 1366×768 laptop: docs/calendar.png (month), plus the booking dialog and
 * the stay panel for review.
 * Run after a build: `TOMARI_OUT_DIR=… tsx test/tools/screenshot-calendar.ts`.
 */
import { resolve } from 'node:path';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { CalendarPage } from '../e2e/support/calendar-page';
import { seedDemoMonth } from './demo-month';
import { DOCS, runScreenshots } from './screenshot-run';

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemoMonth((channel, input) => host.call(channel, input), today);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
  const calendar = new CalendarPage(page);
  await calendar.open(host.appUrl);
  // Late in a month most bookings lie ahead: show the coming month, as the desk would.
  if (Number(today.slice(8, 10)) > 15) await page.locator('.fc-next-button').click();
  await page.waitForLoadState('networkidle');
  // The window as the desk sees it: the calendar fills it, its beds scroll inside.
  await page.screenshot({ path: resolve(DOCS, 'calendar.png') });
  if (Number(today.slice(8, 10)) > 15) await page.locator('.fc-today-button').click();
  const extra = process.argv.includes('--all');
  if (extra) {
    await calendar.selectNights(
      (await host.call<{ id: string }[]>('beds.list', {}))[6]!.id,
      today,
      addDays(today, 1),
    );
    await page.getByTestId('booking-dialog').waitFor();
    await page.screenshot({ path: '/tmp/cal/booking.png' });
    await page.keyboard.press('Escape');
    const stays = await host.call<{ id: string; status: string }[]>('stays.list', {
      from: today,
      to: today,
    });
    const inStay = stays.find((s) => s.status === 'in_stay');
    if (inStay) {
      await calendar.stay(inStay.id).click();
      await page.getByTestId('stay-history').waitFor();
      await page.screenshot({ path: '/tmp/cal/panel.png' });
    }
  }
  console.log(`saved ${resolve(DOCS, 'calendar.png')} (today ${today})`);
});
