import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, parseIsoDate, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { seedCalendarFacility, nextMonthNights } from './support/calendar-facility';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';

interface Stay {
  id: string;
  bedId: string;
  personId: string;
  start: string;
  end: string;
}

interface Violation {
  code: string;
  message: string;
}

/**
 * Drags on the bed calendar that the rules refuse say why, in the booking dialog's words, and
 * a move or a resize can be undone (the notice's button, or Ctrl+Z). Each test gets a fresh
 * data folder (support/calendar-facility.ts).
 */
describe.skipIf(!chromiumPath)('dragging on the bed calendar', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let calendar: CalendarPage;
  let beds: { id: string }[];
  let hanako: { id: string };
  let ichiro: { id: string };
  const today = todayInJapan(new Date());
  const night = nextMonthNights(today);

  const book = (personId: string, bedId: string, start: string, end: string) =>
    host.call<Stay>('stays.create', {
      draft: { personId, bedId, kind: 'experience', start, end, status: 'confirmed' },
    });
  const staysNow = () =>
    host.call<Stay[]>('stays.list', { from: addDays(today, -40), to: addDays(today, 80) });

  /** What the booking dialog would say about this draft: the rules' own message. */
  async function dialogWords(draft: Omit<Stay, 'id'>, stayId?: string, code = 'BED_OCCUPIED') {
    const { violations } = await host.call<{ violations: Violation[] }>('stays.check', {
      draft: { ...draft, kind: 'experience' },
      ...(stayId ? { stayId } : {}),
    });
    const found = violations.find((v) => v.code === code);
    if (!found) throw new Error(`no ${code} for this draft`);
    return found.message;
  }

  async function openNextMonth() {
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.night(night(5)).waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    host = await startHostProcess();
    ({ beds, hanako, ichiro } = await seedCalendarFacility(host, today));
    page = await browser.newPage({ viewport: { width: 1500, height: 900 }, locale: 'ja-JP' });
    calendar = new CalendarPage(page);
  });
  afterEach(async () => {
    await page?.close();
    await host?.dispose();
  });

  it('says why nights dragged across a booked one cannot be booked, as the dialog would', async () => {
    await book(hanako.id, beds[0]!.id, night(10), night(13));
    const before = await staysNow();
    await openNextMonth();
    await calendar.selectNights(beds[0]!.id, night(8), night(11));

    await calendar.notice.waitFor();
    const text = await calendar.notice.textContent();
    expect(text).toContain('この日程ではこのベッドを予約できません');
    // The rule's own words, as the booking dialog shows them for these nights on this bed.
    const draft = { personId: ichiro.id, bedId: beds[0]!.id, start: night(8), end: night(12) };
    expect(text).toContain(await dialogWords(draft));
    expect(await calendar.dialog.count()).toBe(0);
    expect(await staysNow()).toEqual(before);
  });

  it('says why a stay cannot be dropped on a booked bed, and keeps the data', async () => {
    const mine = await book(hanako.id, beds[0]!.id, night(5), night(8));
    await book(ichiro.id, beds[1]!.id, night(5), night(8));
    const before = await staysNow();
    await openNextMonth();
    await calendar.dragStay(mine.id, night(5), beds[1]!.id, night(6));

    await calendar.notice.waitFor();
    const text = await calendar.notice.textContent();
    expect(text).toContain('この変更はできません');
    const moved = { personId: hanako.id, bedId: beds[1]!.id, start: night(6), end: night(9) };
    expect(text).toContain(await dialogWords(moved, mine.id));
    await expect.poll(() => calendar.stay(mine.id).count(), { timeout: 5_000 }).toBe(1);
    expect(await staysNow()).toEqual(before);
  });

  it('undoes a move with the button on its notice', async () => {
    const stay = await book(hanako.id, beds[0]!.id, night(5), night(8));
    await openNextMonth();
    await calendar.dragStay(stay.id, night(5), beds[2]!.id, night(9));
    await expect.poll(() => calendar.notice.textContent()).toContain('変更しました');
    expect(await host.call<Stay>('stays.get', { id: stay.id })).toMatchObject({
      bedId: beds[2]!.id,
      start: night(9),
    });

    await calendar.undoButton.click();
    await expect.poll(() => calendar.notice.textContent()).toContain('元に戻しました');
    expect(await host.call<Stay>('stays.get', { id: stay.id })).toMatchObject({
      bedId: beds[0]!.id,
      start: night(5),
      end: night(8),
    });
    // The bar is back on its first bed.
    const bar = await calendar.stay(stay.id).boundingBox();
    const row = await page
      .locator(`td.fc-timeline-lane[data-resource-id="${beds[0]!.id}"]`)
      .boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(row!.y);
    expect(bar!.y).toBeLessThan(row!.y + row!.height);
  });

  it('undoes a stay made longer with Ctrl+Z', async () => {
    const stay = await book(hanako.id, beds[0]!.id, night(5), night(8));
    await openNextMonth();
    await calendar.resizeStay(stay.id, night(10));
    await expect.poll(() => calendar.notice.textContent()).toContain('変更しました');
    expect((await host.call<Stay>('stays.get', { id: stay.id })).end).toBe(night(11));

    await page.keyboard.press('Control+z');
    await expect.poll(() => calendar.notice.textContent()).toContain('元に戻しました');
    expect((await host.call<Stay>('stays.get', { id: stay.id })).end).toBe(night(8));
  });

  it('does not undo a change once the stay was changed again elsewhere', async () => {
    const stay = await book(hanako.id, beds[0]!.id, night(5), night(8));
    await openNextMonth();
    await calendar.dragStay(stay.id, night(5), beds[2]!.id, night(9));
    await expect.poll(() => calendar.notice.textContent()).toContain('変更しました');
    await host.call('stays.update', { id: stay.id, changes: { end: night(14) } });

    await calendar.undoButton.click();
    await expect.poll(() => calendar.notice.textContent()).toContain('その後に変更');
    expect(await host.call<Stay>('stays.get', { id: stay.id })).toMatchObject({
      bedId: beds[2]!.id,
      start: night(9),
      end: night(14),
    });
  });

  it('asks a written reason before an experience stay is dropped on a bed kept for emergencies', async () => {
    const reserved = await host.call<{ id: string }>('beds.save', {
      bed: {
        name: '102-B',
        room: '102号室',
        allows: ['emergency', 'experience'],
        emergencyReserved: true,
        order: 4,
        active: true,
      },
    });
    const stay = await book(hanako.id, beds[0]!.id, night(5), night(8));
    await openNextMonth();

    // Put back: nothing changes.
    await calendar.dragStay(stay.id, night(5), reserved.id, night(5));
    const dialog = page.getByTestId('override-dialog');
    await dialog.waitFor();
    const reason = dialog.getByTestId('override-reason-EMERGENCY_BED_RESERVED');
    expect(await dialog.textContent()).toContain('緊急用に空けておくベッド');
    expect(await dialog.textContent()).toContain(
      'ベッド102-Bは緊急受入のために空けておくベッドです',
    );
    expect(await page.getByTestId('override-confirm').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '元に戻す' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await host.call<Stay>('stays.get', { id: stay.id })).bedId).toBe(beds[0]!.id);

    // Kept with a reason: the stay records it and who approved it.
    await calendar.dragStay(stay.id, night(5), reserved.id, night(5));
    await reason.waitFor();
    await reason.fill('ほかのベッドが改修中のため');
    await page.getByTestId('override-confirm').click();
    await expect.poll(() => calendar.notice.textContent()).toContain('変更しました');
    const moved = await host.call<Stay & { overrides: { rule: string; reason: string }[] }>(
      'stays.get',
      { id: stay.id },
    );
    expect(moved.bedId).toBe(reserved.id);
    expect(moved.overrides).toMatchObject([
      { rule: 'EMERGENCY_BED_RESERVED', reason: 'ほかのベッドが改修中のため' },
    ]);
  });

  it('starts the two-week and week pages on a Monday, as the week board does', async () => {
    await calendar.open(host.appUrl);
    for (const view of ['twoWeeks', 'week'] as const) {
      await calendar.showView(view);
      await expect
        .poll(async () => (await calendar.nightsShown()).length)
        .toBe(view === 'week' ? 7 : 14);
      const [first] = await calendar.nightsShown();
      expect(parseIsoDate(first!).getUTCDay()).toBe(1);
      expect((await calendar.nightsShown()).includes(today)).toBe(true);
    }
  });
});
