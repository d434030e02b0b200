/** Page object of the stay panel (予約の詳細), opened from the calendar or from 本日の受付. */
import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-field';

export class StayPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('stay-panel');
  }

  get status(): Locator {
    return this.root.getByTestId('stay-status');
  }

  get dates(): Locator {
    return this.root.getByTestId('stay-dates');
  }

  /** The snackbar that says what the panel's last step did. */
  get notice(): Locator {
    return this.page.getByTestId('stay-notice');
  }

  get error(): Locator {
    return this.root.getByTestId('stay-action-error');
  }

  get checkInButton(): Locator {
    return this.root.getByTestId('stay-check-in');
  }

  /** Why check-in is not possible yet, shown beside the greyed button. */
  get checkInWhy(): Locator {
    return this.root.getByTestId('stay-check-in-why');
  }

  get checkOutButton(): Locator {
    return this.root.getByTestId('stay-check-out');
  }

  get checkOutHint(): Locator {
    return this.root.getByTestId('stay-check-out-hint');
  }

  get plannedEndHint(): Locator {
    return this.root.getByTestId('stay-planned-end-hint');
  }

  async waitForStatus(text: string): Promise<void> {
    await this.status.filter({ hasText: text }).waitFor();
  }

  async checkIn(): Promise<void> {
    await this.checkInButton.click();
    await this.waitForStatus('滞在中');
  }

  /** Fills the departure date (the day the guest left); the button says what it would do. */
  async setDepartureDate(date: string): Promise<void> {
    await fillDate(this.root.getByTestId('stay-check-out-date'), date);
  }

  /** The question asked before a departure earlier than booked (or on the arrival day). */
  get departureConfirm(): Locator {
    return this.page.getByTestId('departure-confirm');
  }

  /** Records a departure; one earlier than booked is confirmed in the dialog that asks. */
  async recordDeparture(date: string, { early }: { early: boolean }): Promise<void> {
    await this.setDepartureDate(date);
    await this.checkOutButton.click();
    if (early) await this.departureConfirm.getByTestId('departure-confirm-ok').click();
    await this.waitForStatus('退所済');
  }

  async setPlannedEnd(date: string): Promise<void> {
    await fillDate(this.root.getByTestId('stay-planned-end'), date);
  }

  /** Moves the planned departure; the guest stays in the facility. */
  async changePlannedEnd(date: string): Promise<void> {
    await this.setPlannedEnd(date);
    await this.root.getByTestId('stay-change-end').click();
  }

  /** 日程を変更: the dates of a booking not started, checked as they are typed. */
  get datesEditor(): Locator {
    return this.root.getByTestId('stay-dates-editor');
  }

  async setDates(start: string, end: string): Promise<void> {
    await fillDate(this.datesEditor.getByTestId('stay-dates-start'), start);
    await fillDate(this.datesEditor.getByTestId('stay-dates-end'), end);
  }

  get datesSave(): Locator {
    return this.datesEditor.getByTestId('stay-dates-save');
  }

  /** What stops 日程を変更, beside the greyed button. */
  get datesBlockers(): Locator {
    return this.datesEditor.getByTestId('stay-dates-blockers');
  }

  historyEntries(): Locator {
    return this.root.getByTestId('stay-history-entry');
  }

  async close(): Promise<void> {
    await this.root.getByTestId('stay-panel-close').click();
    await this.root.waitFor({ state: 'detached' });
  }
}
