/** Page object of the bed calendar (ベッド予約台帳), its booking dialog and its stay panel. */
import type { Locator, Page } from 'playwright-core';
import { openApp } from './pages';

export class CalendarPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/calendar');
    await this.page.locator('.fc-timeline-body').waitFor();
  }

  /** The calendar's "next" button: the next month, two weeks or week. */
  async nextPeriod(): Promise<void> {
    await this.page.locator('.fc-next-button').click();
  }

  get calendar(): Locator {
    return this.page.getByTestId('bed-calendar');
  }

  stay(stayId: string): Locator {
    return this.page.getByTestId(`calendar-stay-${stayId}`);
  }

  night(date: string): Locator {
    return this.page.getByTestId(`night-${date}`);
  }

  /** The middle of a bed's row on a date's column, in page pixels. */
  async cellCentre(bedId: string, date: string): Promise<{ x: number; y: number }> {
    const lane = this.page.locator(`td.fc-timeline-lane[data-resource-id="${bedId}"]`);
    const slot = this.page.locator(`td.fc-timeline-slot-lane[data-date^="${date}"]`);
    // Mouse events only reach what is on screen.
    await lane.scrollIntoViewIfNeeded();
    const row = await lane.boundingBox();
    const column = await slot.boundingBox();
    if (!row || !column) throw new Error(`no cell for bed ${bedId} on ${date}`);
    return { x: column.x + column.width / 2, y: row.y + row.height / 2 };
  }

  /** Drags with the mouse from one point to another, in small steps as a hand does. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const { mouse } = this.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 5, from.y, { steps: 3 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** Selects the nights firstNight … lastNight (inclusive) on a bed's row. */
  async selectNights(bedId: string, firstNight: string, lastNight: string): Promise<void> {
    await this.drag(
      await this.cellCentre(bedId, firstNight),
      await this.cellCentre(bedId, lastNight),
    );
  }

  /** Grabs a stay by its first night and drops that night on another bed and date. */
  async dragStay(stayId: string, fromDate: string, toBedId: string, toDate: string) {
    await this.stay(stayId).scrollIntoViewIfNeeded();
    const bar = await this.stay(stayId).boundingBox();
    const column = await this.page
      .locator(`td.fc-timeline-slot-lane[data-date^="${fromDate}"]`)
      .boundingBox();
    if (!bar || !column) throw new Error('stay not on screen');
    await this.drag(
      { x: column.x + column.width / 2, y: bar.y + bar.height / 2 },
      await this.cellCentre(toBedId, toDate),
    );
  }

  /** Drags the end of a stay's bar so that its last night is `lastNight`. */
  async resizeStay(stayId: string, lastNight: string): Promise<void> {
    const event = this.page.locator('.fc-timeline-event', { has: this.stay(stayId) });
    await event.scrollIntoViewIfNeeded();
    await event.hover();
    const handle = await event.locator('.fc-event-resizer-end').boundingBox();
    const column = await this.page
      .locator(`td.fc-timeline-slot-lane[data-date^="${lastNight}"]`)
      .boundingBox();
    if (!handle || !column) throw new Error('no resize handle or column on screen');
    const y = handle.y + handle.height / 2;
    await this.drag(
      { x: handle.x + handle.width / 2, y },
      { x: column.x + column.width * 0.75, y },
    );
  }

  /** Switches the calendar to its 月, 2週間 or 週 view. */
  async showView(view: 'month' | 'twoWeeks' | 'week'): Promise<void> {
    const button = {
      month: '.fc-resourceTimelineMonth-button',
      twoWeeks: '.fc-resourceTimelineTwoWeeks-button',
      week: '.fc-resourceTimelineWeek-button',
    }[view];
    await this.page.locator(button).click();
  }

  /** The dates of the night headings on screen, in order. */
  async nightsShown(): Promise<string[]> {
    const ids = await this.page
      .locator('[data-testid^="night-"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.slice('night-'.length));
  }

  /**
   * Whether an element is on screen and not covered (by the app's bar, or clipped by the
   * calendar's own scrolling): the page's topmost element at its middle is inside it.
   */
  async isUncovered(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      const inside = (x: number, y: number) => {
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (el === hit || el.contains(hit));
      };
      // Both ends of its middle line: the whole width must be reachable, not half of it.
      const y = box.top + box.height / 2;
      return inside(box.left + 2, y) && inside(box.right - 2, y);
    });
  }

  get dialog(): Locator {
    return this.page.getByTestId('booking-dialog');
  }

  /** Picks a person in the booking dialog by typing part of their name or kana. */
  async pickPerson(text: string, optionText: string): Promise<void> {
    await this.page.getByTestId('booking-person').fill(text);
    await this.page.getByRole('option', { name: new RegExp(optionText) }).click();
  }

  get saveButton(): Locator {
    return this.page.getByTestId('booking-save');
  }

  get panel(): Locator {
    return this.page.getByTestId('stay-panel');
  }

  get notice(): Locator {
    return this.page.getByTestId('change-notice');
  }

  get undoButton(): Locator {
    return this.page.getByTestId('change-undo');
  }
}
