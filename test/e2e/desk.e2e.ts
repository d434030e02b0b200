import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { seedCalendarFacility } from './support/calendar-facility';
import { TodayPage } from './support/desk-page';
import { startHostProcess, type HostProcess } from './support/host';

interface Stay {
  id: string;
  start: string;
  end: string;
  status: string;
  originalEnd?: string;
}

/**
 * A day at the desk over the browser host: arrivals and departures handled from 本日の受付,
 * the stay panel opened from a name, early and same-day departures, a mistaken check-in undone,
 * and every refusal explained in words. Each test gets a fresh data folder.
 */
describe.skipIf(!chromiumPath)('本日の受付 and the stay panel', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let desk: TodayPage;
  let bedId: string;
  let hanako: { id: string };
  const errors: string[] = [];
  const today = todayInJapan(new Date());
  const long = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };

  const get = (id: string) => host.call<Stay>('stays.get', { id });
  const book = (start: string, end: string) =>
    host.call<Stay>('stays.create', {
      draft: { personId: hanako.id, bedId, kind: 'experience', start, end, status: 'confirmed' },
    });
  /** A guest who arrived `daysAgo` days ago and is in the facility. */
  async function guest(daysAgo: number, nightsLeft: number): Promise<Stay> {
    const stay = await book(addDays(today, -daysAgo), addDays(today, nightsLeft));
    return host.call<Stay>('stays.checkIn', { id: stay.id });
  }
  const actions = async (id: string) =>
    (await host.call<{ action: string }[]>('stays.history', { id })).map((e) => e.action);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    host = await startHostProcess();
    const facility = await seedCalendarFacility(host, today);
    bedId = facility.beds[0]!.id;
    hanako = facility.hanako;
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
    page.on('pageerror', (e) => errors.push(e.message));
    desk = new TodayPage(page);
  });
  afterEach(async () => {
    await page?.close();
    await host?.dispose();
    expect(errors).toEqual([]);
  });

  it('checks a guest in from the row, says so, and undoes a mistaken check-in (kept in the history)', async () => {
    const stay = await book(today, addDays(today, 3));
    await desk.open(host.appUrl);
    await desk.checkIn(stay.id);
    await expect
      .poll(() => desk.notice.textContent())
      .toContain('佐藤 花子さんの入所を記録しました');
    await desk.rowIn('inFacility', stay.id).waitFor();
    expect((await get(stay.id)).status).toBe('in_stay');

    // The snackbar offers to put it back at once…
    await desk.notice.getByTestId('notice-undo-check-in').click();
    await expect
      .poll(() => desk.notice.textContent())
      .toContain('入所を取り消し、「確定」に戻しました');
    await desk.rowIn('inFacility', stay.id).waitFor({ state: 'detached' });
    expect((await get(stay.id)).status).toBe('confirmed');

    // …and the row keeps offering it for the rest of the day.
    await desk.checkIn(stay.id);
    await desk.undoCheckIn(stay.id);
    expect((await get(stay.id)).status).toBe('confirmed');
    expect(await actions(stay.id)).toEqual([
      'stay.undoCheckIn',
      'stay.checkIn',
      'stay.undoCheckIn',
      'stay.checkIn',
      'stay.create',
    ]);
    const panel = await desk.openStay(stay.id);
    await expect
      .poll(() => panel.historyEntries().first().textContent())
      .toContain('入所を取り消し');
  });

  it('moves a planned departure earlier from the panel: the guest stays 滞在中 and in the facility', async () => {
    const stay = await guest(2, 4);
    await desk.open(host.appUrl);
    const panel = await desk.openStay(stay.id);
    expect(await panel.status.textContent()).toBe('滞在中');

    // A departure still to come is not a check-out: the panel says so before anything is sent.
    await panel.setDepartureDate(addDays(today, 2));
    await expect.poll(() => panel.checkOutHint.textContent()).toContain('実際に退所した日');
    expect(await panel.checkOutButton.isDisabled()).toBe(true);

    await panel.setPlannedEnd(addDays(today, 2));
    expect(await panel.plannedEndHint.textContent()).toContain('滞在中のまま');
    await panel.changePlannedEnd(addDays(today, 2));
    await expect.poll(() => page.getByTestId('change-notice').textContent()).toContain('変更');
    await expect.poll(() => panel.dates.textContent()).toContain(long(addDays(today, 2)));
    expect(await panel.status.textContent()).toBe('滞在中');
    expect(await get(stay.id)).toMatchObject({ status: 'in_stay', end: addDays(today, 2) });
    await panel.close();
    await desk.rowIn('inFacility', stay.id).waitFor();
  });

  it('records an early departure today from 現在入所中 after asking, freeing the remaining nights', async () => {
    const stay = await guest(2, 3);
    await desk.open(host.appUrl);
    await desk.checkOut(stay.id);
    await expect.poll(() => desk.departureConfirm.textContent()).toContain('予定');
    expect(await desk.departureConfirm.textContent()).toContain('より早い退所');
    await desk.confirmDeparture();
    await expect.poll(() => desk.notice.textContent()).toContain('予定より早い退所');
    await desk.rowIn('inFacility', stay.id).waitFor({ state: 'detached' });
    expect(await desk.rowIn('departuresToday', stay.id).textContent()).toContain('退所済');
    expect(await get(stay.id)).toMatchObject({
      status: 'completed',
      end: today,
      originalEnd: addDays(today, 3),
    });
  });

  it('checks out a guest sent home on the day of arrival: one day of use, tonight’s bed free', async () => {
    const stay = await book(today, addDays(today, 3));
    await desk.open(host.appUrl);
    await desk.checkIn(stay.id);
    const panel = await desk.openStay(stay.id);
    await expect.poll(() => panel.checkOutHint.textContent()).toContain('入所日当日の退所');
    await panel.recordDeparture(today, { early: true });
    await expect.poll(() => panel.notice.textContent()).toContain('利用1日');
    expect(await panel.root.getByTestId('stay-length').textContent()).toBe('0泊1日');
    expect(await get(stay.id)).toMatchObject({ status: 'completed', start: today, end: today });
    const usage = await host.call<{ experienceDays: number }>('usage.get', { personId: hanako.id });
    expect(usage.experienceDays).toBe(1);
    const other = await host.call<{ violations: unknown[] }>('stays.check', {
      draft: {
        personId: hanako.id,
        bedId,
        kind: 'experience',
        start: today,
        end: addDays(today, 1),
      },
    });
    expect(other.violations).toEqual([]);
    await panel.close();
    expect(await desk.rowIn('departuresToday', stay.id).textContent()).toContain('退所済');
  });

  it('says why a step cannot be taken, in words, before and after asking the server', async () => {
    const tomorrow = await book(addDays(today, 1), addDays(today, 3));
    await desk.open(host.appUrl);
    let panel = await desk.openStay(tomorrow.id);
    expect(await panel.checkInButton.isDisabled()).toBe(true);
    expect(await panel.checkInWhy.textContent()).toContain(
      `入所予定日は${long(addDays(today, 1))}`,
    );
    await panel.close();

    // Cancelled at another desk while this one still shows the booking: the refusal is named.
    await host.call('stays.cancel', { id: tomorrow.id, reason: '予定変更' });
    const arriving = await host.call<Stay>('stays.create', {
      draft: {
        personId: hanako.id,
        bedId,
        kind: 'experience',
        start: today,
        end: addDays(today, 1),
        status: 'confirmed',
      },
    });
    await page.reload();
    await desk.row(arriving.id).waitFor();
    panel = await desk.openStay(arriving.id);
    await host.call('stays.cancel', { id: arriving.id, reason: '体調不良' });
    await panel.checkInButton.click();
    await expect
      .poll(() => panel.error.textContent())
      .toContain('「取消」の予約は「滞在中」にできません');
    expect(await panel.error.textContent()).not.toContain('入力内容に誤りがあります');
  });
});
