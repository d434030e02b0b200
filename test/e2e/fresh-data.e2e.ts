import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { BookingDialog } from './support/booking-dialog';
import { chromiumPath, launchBrowser } from './support/browser';
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
  let hanako: Saved;
  const today = todayInJapan(new Date());
  // Everything happens in next month's view, one fiscal year throughout.
  const nextMonth = addDays(`${today.slice(0, 7)}-01`, 40).slice(0, 7);
  const night = (day: number) => `${nextMonth}-${String(day).padStart(2, '0')}`;

  const bed = (name: string, order: number, allows: string[]) =>
    host.call<Saved>('beds.save', {
      bed: { name, allows, emergencyReserved: false, order, active: true },
    });
  const person = (familyName: string, givenName: string, kana: [string, string]) =>
    host.call<Saved>('persons.save', {
      person: {
        familyName,
        givenName,
        familyNameKana: kana[0],
        givenNameKana: kana[1],
        registration: { status: 'registered' },
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 200) }],
      },
    });
  const experience = (bedId: string, start: string, end: string) =>
    host.call<Saved>('stays.create', {
      draft: { personId: hanako.id, bedId, kind: 'experience', start, end, status: 'confirmed' },
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
    hanako = await person('佐藤', '花子', ['さとう', 'はなこ']);
    await person('鈴木', '一郎', ['すずき', 'いちろう']);
    page = await browser.newPage({ viewport: { width: 1500, height: 900 }, locale: 'ja-JP' });
    calendar = new CalendarPage(page);
  });
  afterEach(async () => {
    await page?.close();
    await host?.dispose();
  });

  it('shows the new yearly usage after a stay is moved by dragging', async () => {
    const a = await bed('A', 1, ['emergency', 'experience']);
    const b = await bed('B', 2, ['emergency', 'experience']);
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
    const e = await bed('E', 1, ['emergency', 'experience']);
    const x = await bed('X', 2, ['experience']);
    await experience(e.id, night(5), night(8));
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.night(night(5)).waitFor();
    expect(await hanakosUsage(x.id)).toContain('：4日');

    // An emergency on E, the only bed that takes one, bumps Hanako's stay whole.
    const intake = new EmergencyIntake(page);
    await intake.openWithShortcut();
    await intake.pickPerson('すずき', '鈴木 一郎');
    await intake.setDates(night(4), night(7));
    await expect.poll(() => intake.plan.textContent()).toContain('佐藤 花子');
    await intake.commit();
    await intake.done.waitFor();
    await intake.close();

    expect(await hanakosUsage(x.id)).toContain('：0日');
  });
});
