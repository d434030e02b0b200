/** Page object of the new-booking dialog (新規予約), however it was opened. */
import type { Locator, Page } from 'playwright-core';
import { dateValue, fillDate } from './date-field';
import { DiscardChangesPrompt } from './unsaved-prompt';

export class BookingDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('booking-dialog');
  }

  /** Opens the dialog with the calendar's 新規予約 button (today, one night). */
  async openFromButton(): Promise<void> {
    await this.page.getByTestId('calendar-new-booking').click();
    await this.root.waitFor();
  }

  /** Picks a person by typing part of their name or kana. */
  async pickPerson(text: string, optionText: string): Promise<void> {
    await this.root.getByTestId('booking-person').fill(text);
    await this.page.getByRole('option', { name: new RegExp(optionText) }).click();
  }

  /** The bed the dialog holds, by its test-visible value (the bed id). */
  async bedId(): Promise<string> {
    return this.root.getByTestId('booking-bed').inputValue();
  }

  /** Chooses a bed from the list by its name. */
  async chooseBed(name: string): Promise<void> {
    await this.root.getByRole('combobox', { name: 'ベッド' }).click();
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  async dates(): Promise<{ start: string; end: string }> {
    return {
      start: await dateValue(this.root.getByTestId('booking-start')),
      end: await dateValue(this.root.getByTestId('booking-end')),
    };
  }

  async setStart(date: string): Promise<void> {
    await fillDate(this.root.getByTestId('booking-start'), date);
  }

  async setEnd(date: string): Promise<void> {
    await fillDate(this.root.getByTestId('booking-end'), date);
  }

  get saveButton(): Locator {
    return this.root.getByTestId('booking-save');
  }

  /** Cancels a booking being entered: キャンセル, then 変更を破棄する when the dialog asks. */
  async cancelAndDiscard(): Promise<void> {
    await this.cancelButton.click();
    await new DiscardChangesPrompt(this.page).discard();
    await this.root.waitFor({ state: 'detached' });
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: 'キャンセル' });
  }

  /** What the dialog says stops saving, beside the button; empty when nothing does. */
  get blockers(): Locator {
    return this.root.getByTestId('booking-blockers');
  }

  /** The kinds of obstacle shown (data-blocker), in order. */
  async blockerKinds(): Promise<string[]> {
    return this.blockers
      .locator('[data-blocker]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-blocker') ?? ''));
  }

  get ok(): Locator {
    return this.root.getByTestId('booking-ok');
  }

  violations(severity: 'error' | 'override' | 'warning'): Locator {
    return this.root.getByTestId(`violations-${severity}`);
  }
}
