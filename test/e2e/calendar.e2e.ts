import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { dateValue } from './support/date-field';
import { seedCalendarFacility, nextMonthNights } from './support/calendar-facility';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';

interface Stay {
  id: string;
  bedId: string;
  personId: string;
  start: string;
  end: string;
  status: string;
  originalEnd?: string;
  overrides: { rule: string; reason: string }[];
}

/**
 * The bed calendar over the browser host: booking by dragging, overrides, refusals, moving by
 * dragging. Each test gets a fresh data folder (the stay panel's steps are in desk.e2e.ts).
 */
describe.skipIf(!chromiumPath)('the bed calendar', () => {
  let browser: Browser;
  let host: HostProcess;
  let page: Page;
  let calendar: CalendarPage;
  let beds: { id: string }[];
  let hanako: { id: string };
  let ichiro: { id: string };
  const today = todayInJapan(new Date());
  const night = nextMonthNights(today);

  const stays = () =>
    host.call<Stay[]>('stays.list', { from: addDays(today, -40), to: addDays(today, 80) });

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

  async function openNextMonth() {
    await calendar.open(host.appUrl);
    await calendar.nextPeriod();
    await calendar.night(night(5)).waitFor();
  }

  it('books the nights dragged across on a bed row, through the dialog', async () => {
    await openNextMonth();
    await calendar.selectNights(beds[1]!.id, night(5), night(7));
    await calendar.dialog.waitFor();
    // Three nights selected: arrival on the 5th, departure on the 8th.
    expect(await dateValue(page.getByTestId('booking-start'))).toBe(night(5));
    expect(await dateValue(page.getByTestId('booking-end'))).toBe(night(8));
    await calendar.pickPerson('はなこ', '佐藤 花子');
    await page.getByTestId('usage-line').waitFor();
    await page.getByTestId('booking-ok').waitFor();
    await calendar.saveButton.click();
    await calendar.dialog.waitFor({ state: 'detached' });

    const saved = await stays();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      personId: hanako.id,
      bedId: beds[1]!.id,
      start: night(5),
      end: night(8),
      status: 'tentative',
    });
    await calendar.stay(saved[0]!.id).waitFor();
    expect(await calendar.night(night(6)).getAttribute('data-free')).toBe('2');
  });

  it('books beyond the annual cap only with a written reason, and records it', async () => {
    await host.call('settings.update', { experienceAnnualCapDays: 3 });
    await openNextMonth();
    await calendar.selectNights(beds[0]!.id, night(10), night(12));
    await calendar.dialog.waitFor();
    await calendar.pickPerson('すずき', '鈴木 一郎');
    const override = page.getByTestId('violations-override');
    await override.waitFor();
    // The rule's own message carries the figures (used + adding = total, and the cap).
    expect(await override.textContent()).toMatch(/0日 \+ 4日 = 4日.*上限3日/);
    expect(await calendar.saveButton.isDisabled()).toBe(true);
    await page.getByTestId('override-reason-EXPERIENCE_ANNUAL_CAP').fill('退院直後で家族の希望');
    await expect.poll(() => calendar.saveButton.isEnabled()).toBe(true);
    await calendar.saveButton.click();
    await calendar.dialog.waitFor({ state: 'detached' });

    const [saved] = await stays();
    expect(saved?.personId).toBe(ichiro.id);
    expect(saved?.overrides).toEqual([
      expect.objectContaining({ rule: 'EXPERIENCE_ANNUAL_CAP', reason: '退院直後で家族の希望' }),
    ]);
  });

  it('refuses a double booking with the reason, and leaves the data unchanged', async () => {
    const first = await host.call<Stay>('stays.create', {
      draft: {
        personId: hanako.id,
        bedId: beds[0]!.id,
        kind: 'experience',
        start: night(10),
        end: night(13),
      },
    });
    const before = await stays();
    await openNextMonth();
    await calendar.selectNights(beds[2]!.id, night(11), night(12));
    await calendar.dialog.waitFor();
    await calendar.pickPerson('すずき', '鈴木 一郎');
    await page.getByTestId('booking-ok').waitFor();
    // Now ask for the bed that is taken on those nights.
    await page.getByTestId('booking-bed').locator('..').click();
    await page.getByRole('option', { name: /101-A/ }).click();
    const errors = page.getByTestId('violations-error');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('他の予約');
    expect(await calendar.saveButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'キャンセル' }).click();

    expect(await stays()).toEqual(before);
    expect(before.map((s) => s.id)).toEqual([first.id]);
  });

  it('moves a stay to another day and bed by dragging it', async () => {
    const stay = await host.call<Stay>('stays.create', {
      draft: {
        personId: hanako.id,
        bedId: beds[0]!.id,
        kind: 'experience',
        start: night(5),
        end: night(8),
        status: 'confirmed',
      },
    });
    await openNextMonth();
    await calendar.stay(stay.id).waitFor();
    await calendar.dragStay(stay.id, night(5), beds[2]!.id, night(9));
    await calendar.notice.waitFor();
    expect(await calendar.notice.textContent()).toContain('変更しました');

    const moved = await host.call<Stay>('stays.get', { id: stay.id });
    expect(moved).toMatchObject({ bedId: beds[2]!.id, start: night(9), end: night(12) });
  });

  it('snaps a stay back when it is dropped onto a taken bed, and keeps the data', async () => {
    const mine = await host.call<Stay>('stays.create', {
      draft: {
        personId: hanako.id,
        bedId: beds[0]!.id,
        kind: 'experience',
        start: night(5),
        end: night(8),
      },
    });
    await host.call<Stay>('stays.create', {
      draft: {
        personId: ichiro.id,
        bedId: beds[1]!.id,
        kind: 'experience',
        start: night(5),
        end: night(8),
      },
    });
    const before = await stays();
    await openNextMonth();
    await calendar.stay(mine.id).waitFor();
    await calendar.dragStay(mine.id, night(5), beds[1]!.id, night(6));
    // FullCalendar animates a clone of the dragged bar back (dragRevertDuration, 500 ms) before
    // removing it; until then the bar exists twice.
    await expect.poll(() => calendar.stay(mine.id).count(), { timeout: 5_000 }).toBe(1);
    expect(await stays()).toEqual(before);
    const bar = await calendar.stay(mine.id).boundingBox();
    const row = await page
      .locator(`td.fc-timeline-lane[data-resource-id="${beds[0]!.id}"]`)
      .boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(row!.y);
    expect(bar!.y).toBeLessThan(row!.y + row!.height);
  });
});
