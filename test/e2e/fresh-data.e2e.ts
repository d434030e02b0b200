import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInJapan } from '../../shared/domain/dates';
import type { Bed } from '../../shared/domain/schemas';
import { BookingDialog } from './support/booking-dialog';
import { chromiumPath, launchBrowser } from './support/browser';
import {
  nextMonthNights,
  seedCalendarFacility,
  type CalendarFacility,
} from './support/calendar-facility';
import { CalendarPage } from './support/calendar-page';
import { EmergencyIntake } from './support/desk-page';
import { startHostProcess, type HostProcess } from './support/host';

interface Saved {
  id: string;
}

/**
 * A change made on one screen shows on every other at once: the yearly usage the booking dialog
 * shows follows a stay moved on the calendar and an emergency that bumps a stay, without
 * waiting for the cache to age (it used to stay stale for up to 30 seconds).
 */
describe.skipIf(!chromiumPath)('screens after a change', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let calendar: CalendarPage;
  let facility: CalendarFacility;
  const today = todayInJapan(new Date());
  // Everything happens in next month's view, one fiscal year throughout.
  const night = nextMonthNights(today);

  const experience = (bedId: string, start: string, end: string) =>
    host.call<Saved>('stays.create', {
      draft: {
        personId: facility.hanako.id,
        bedId,
        kind: 'experience',
        start,
        end,
        status: 'confirmed',
      },
    });

  /** Opens a booking for Hanako on a bed's free nights and reads the usage line, then cancels. */
  async function hanakosUsage(bedId: string): Promise<string> {
    await calendar.selectNights(bedId, night(24), night(25));
    await calendar.dialog.waitFor();
    await calendar.pickPerson('はなこ', '佐藤 花子');
    const line = page.getByTestId('usage-line');
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    // A person was chosen: cancelling asks before the entry is dropped.
    await new BookingDialog(page).cancelAndDiscard();
    return text;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    host = await startHostProcess();
    facility = await seedCalendarFacility(host, today);
    page = await browser.newPage({ viewport: { width: 1500, height: 900 }, locale: 'ja-JP' });
    calendar = new CalendarPage(page);
  });
  afterEach(async () => {
    await page?.close();
    await host?.dispose();
  });

  it('shows the new yearly usage after a stay is moved by dragging', async () => {
    const [a, b] = facility.beds as [Saved, Saved];
    // Back to back: the 8th is both a departure and an arrival, one day of use, 6 days in all.
    await experience(a.id, night(5), night(8));
    const second = await experience(b.id, night(8), night(10));
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.stay(second.id).waitFor();
    expect(await hanakosUsage(a.id)).toContain('：6日');

    // Moved apart, the 8th is no longer shared: 4 + 3 = 7 days.
    await calendar.dragStay(second.id, night(8), b.id, night(15));
    await expect.poll(() => calendar.notice.textContent()).toContain('変更しました');
    expect(await hanakosUsage(a.id)).toContain('：7日');
  });

  it('shows the new yearly usage after an emergency bumps a stay', async () => {
    // Only the first bed takes emergencies: the others are kept for experience stays.
    const [e, ...others] = await host.call<Bed[]>('beds.list', {});
    for (const bed of others) {
      await host.call('beds.save', { bed: { ...bed, allows: ['experience'] } });
    }
    await experience(e!.id, night(5), night(8));
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.night(night(5)).waitFor();
    expect(await hanakosUsage(others[0]!.id)).toContain('：4日');

    // An emergency on that bed bumps Hanako's stay whole.
    const intake = new EmergencyIntake(page);
    await intake.openWithShortcut();
    await intake.pickPerson('すずき', '鈴木 一郎');
    await intake.setDates(night(4), night(7));
    await expect.poll(() => intake.plan.textContent()).toContain('佐藤 花子');
    await intake.commit();
    await intake.done.waitFor();
    await intake.close();

    expect(await hanakosUsage(others[0]!.id)).toContain('：0日');
  });
});
