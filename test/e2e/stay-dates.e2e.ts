import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import type { Stay } from '../../shared/domain/schemas';
import { chromiumPath, launchBrowser } from './support/browser';
import { seedCalendarFacility, type CalendarFacility } from './support/calendar-facility';
import { TodayPage } from './support/desk-page';
import { startHostProcess, type HostProcess } from './support/host';
import type { StayPanel } from './support/stay-panel';

/**
 * 日程を変更 on the stay panel (issue 16 item 2): the dates of a booking not started, typed, with
 * the booking dialog's live check — a rule that forbids the dates greys the button and says why,
 * a rule that needs a reason asks for it — and saved as a drag is, with 元に戻す.
 */
describe.skipIf(!chromiumPath)('changing the dates of a booking on the stay panel', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let facility: CalendarFacility;
  const today = todayInJapan(new Date());
  const day = (n: number) => addDays(today, n);
  const book = (personId: string, start: string, end: string) =>
    host.call<Stay>('stays.create', {
      draft: { personId, bedId: facility.beds[0]!.id, kind: 'experience', start, end },
    });
  const get = (id: string) => host.call<Stay>('stays.get', { id });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    host = await startHostProcess();
    facility = await seedCalendarFacility(host, today);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
    return async () => {
      await page.close();
      await host.dispose();
    };
  });

  /** Opens a booking from 本日の受付 (its name opens the stay). */
  async function openStay(stayId: string): Promise<StayPanel> {
    const desk = new TodayPage(page);
    await desk.open(host.appUrl);
    return desk.openStay(stayId);
  }

  it('refuses dates on a booked night with the rule’s words, and keeps the booking', async () => {
    const mine = await book(facility.hanako.id, day(1), day(3));
    await book(facility.ichiro.id, day(5), day(7));
    const panel = await openStay(mine.id);
    await panel.setDates(day(4), day(6));
    await panel.datesEditor.getByTestId('violations-error').waitFor();
    expect(await panel.datesEditor.getByTestId('violations-error').textContent()).toContain(
      'ベッド',
    );
    expect(await panel.datesSave.isDisabled()).toBe(true);
    expect(await panel.datesSave.getAttribute('aria-describedby')).toBe('stay-dates-blockers');
    expect(await panel.datesBlockers.textContent()).toContain('予約できません');
    expect(await get(mine.id)).toMatchObject({ start: day(1), end: day(3) });
  });

  it('asks a written reason for a rule that allows it with one, and records it', async () => {
    const mine = await book(facility.hanako.id, day(1), day(3));
    const panel = await openStay(mine.id);
    // Nine days: longer than an experience stay's week.
    await panel.setDates(day(2), day(10));
    const reason = panel.datesEditor.getByTestId('override-reason-EXPERIENCE_STAY_LENGTH');
    await reason.waitFor();
    expect(await panel.datesSave.isDisabled()).toBe(true);
    expect(await panel.datesBlockers.textContent()).toContain('理由');
    await reason.fill('ご家族の入院に合わせるため');
    await expect.poll(() => panel.datesSave.isEnabled()).toBe(true);
    expect(await panel.datesSave.textContent()).toBe('理由を記録して日程を変更');
    await panel.datesSave.click();
    // Saved as a drag is: no second question, the notice offers 元に戻す.
    await page.getByTestId('change-undo').waitFor();
    expect(await page.getByTestId('override-dialog').count()).toBe(0);
    await expect
      .poll(() => get(mine.id))
      .toMatchObject({
        start: day(2),
        end: day(10),
        overrides: [expect.objectContaining({ rule: 'EXPERIENCE_STAY_LENGTH' })],
      });
    // 元に戻す puts the dates back.
    await page.getByTestId('change-undo').click();
    await expect.poll(() => get(mine.id)).toMatchObject({ start: day(1), end: day(3) });
  });

  it('offers no date change for a guest in the facility (the departure is moved instead)', async () => {
    const mine = await book(facility.hanako.id, today, day(2));
    await host.call('stays.checkIn', { id: mine.id });
    const panel = await openStay(mine.id);
    await panel.waitForStatus('滞在中');
    expect(await panel.datesEditor.count()).toBe(0);
    await panel.root.getByTestId('stay-planned-end').waitFor();
  });
});
