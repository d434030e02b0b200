/** Page objects for the front desk: the emergency intake, the to-contact list, today at the desk. */
import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-field';
import { openApp } from './pages';
import { StayPanel } from './stay-panel';

export class EmergencyIntake {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('emergency-dialog');
  }

  get plan(): Locator {
    return this.dialog.getByTestId('emergency-plan');
  }

  get staleNotice(): Locator {
    return this.dialog.getByTestId('emergency-stale');
  }

  get done(): Locator {
    return this.dialog.getByTestId('emergency-done');
  }

  /** Opens the intake from the keyboard, as the desk does in a hurry. */
  async openWithShortcut(): Promise<void> {
    // The shortcut listens once the app shell is up (after the storage check), as the button.
    await this.page.getByTestId('emergency-button').waitFor();
    await this.page.keyboard.press('Control+Shift+E');
    await this.dialog.waitFor();
  }

  async pickPerson(search: string, name: string): Promise<void> {
    await this.dialog.getByTestId('emergency-person').fill(search);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  /** Types the intake's first and last day, as the desk does. */
  async setDates(start: string, end: string): Promise<void> {
    await fillDate(this.dialog.getByTestId('emergency-start'), start);
    await fillDate(this.dialog.getByTestId('emergency-end'), end);
  }

  async createPerson(names: {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
  }): Promise<void> {
    await this.dialog.getByTestId('emergency-new-person').click();
    for (const [field, value] of Object.entries(names)) {
      await this.dialog.getByTestId(`quick-${field}`).fill(value);
    }
    await this.dialog.getByTestId('quick-save').click();
    await this.dialog.getByTestId('emergency-unregistered').waitFor();
  }

  /** Picks an option of one of the intake's selects, by the select's label. */
  private async choose(label: string, optionTestId: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByTestId(optionTestId).click();
    await this.page.getByTestId(optionTestId).waitFor({ state: 'detached' });
  }

  /** 受入の記録: why the person must come and who asked (the time defaults to now). */
  async fillIntake(
    reason = 'carer-illness',
    requestedBy = 'family',
    words: { reasonText?: string } = {},
  ): Promise<void> {
    await this.choose('受入の理由', `intake-reason-${reason}`);
    if (words.reasonText)
      await this.dialog.getByTestId('intake-reason-text').fill(words.reasonText);
    await this.choose('依頼者', `intake-requested-by-${requestedBy}`);
  }

  /** Commits the plan shown; the request's facts are filled first when nobody has yet. */
  async commit(): Promise<void> {
    if ((await this.dialog.getByTestId('intake-reason').inputValue()) === '') {
      await this.fillIntake();
    }
    await this.dialog.getByTestId('emergency-commit').click();
  }

  async close(): Promise<void> {
    await this.dialog.getByTestId('emergency-close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}

export class ContactPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/contact');
    await this.page
      .getByTestId('contact-list')
      .or(this.page.getByTestId('contact-empty'))
      .waitFor();
  }

  card(stayId: string): Locator {
    return this.page.getByTestId(`contact-${stayId}`);
  }

  offer(stayId: string, index: number): Locator {
    return this.page.getByTestId(`offer-${stayId}-${index}`);
  }

  async bookOffer(stayId: string, index: number): Promise<void> {
    await this.page.getByTestId(`book-offer-${stayId}-${index}`).click();
    await this.page.getByTestId(`booked-${stayId}`).waitFor();
  }

  async markContacted(stayId: string): Promise<void> {
    await this.page.getByTestId(`mark-contacted-${stayId}`).click();
    await this.card(stayId).waitFor({ state: 'detached' });
  }

  get empty(): Locator {
    return this.page.getByTestId('contact-empty');
  }
}

/** 本日の受付: the day's arrivals and departures, each row with its one step. */
export class TodayPage {
  readonly panel: StayPanel;

  constructor(readonly page: Page) {
    this.panel = new StayPanel(page);
  }

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/today');
    await this.page.getByTestId('desk-arrivalsToday').waitFor();
  }

  row(stayId: string): Locator {
    return this.page.getByTestId(`desk-stay-${stayId}`).first();
  }

  section(name: string): Locator {
    return this.page.getByTestId(`desk-${name}`);
  }

  /** The row of a stay in one list (a guest can be in several: arriving, in the facility…). */
  rowIn(section: string, stayId: string): Locator {
    return this.section(section).getByTestId(`desk-stay-${stayId}`);
  }

  /** The snackbar that confirms each step, with its follow-up (e.g. 元に戻す). */
  get notice(): Locator {
    return this.page.getByTestId('desk-notice');
  }

  async checkIn(stayId: string): Promise<void> {
    await this.page.getByTestId(`check-in-${stayId}`).click();
    await this.page.getByTestId(`check-in-${stayId}`).waitFor({ state: 'detached' });
  }

  async undoCheckIn(stayId: string): Promise<void> {
    await this.page.getByTestId(`undo-check-in-${stayId}`).click();
    await this.page.getByTestId(`check-in-${stayId}`).waitFor();
  }

  /** Clicks 退所 on the stay's first row; an early or same-day departure asks first. */
  async checkOut(stayId: string, section = 'inFacility'): Promise<void> {
    await this.section(section).getByTestId(`check-out-${stayId}`).click();
  }

  get departureConfirm(): Locator {
    return this.page.getByTestId('departure-confirm');
  }

  async confirmDeparture(): Promise<void> {
    await this.departureConfirm.getByTestId('departure-confirm-ok').click();
    await this.departureConfirm.waitFor({ state: 'detached' });
  }

  /** Opens the stay panel from the guest's name. */
  async openStay(stayId: string): Promise<StayPanel> {
    await this.row(stayId).getByTestId(`desk-open-${stayId}`).click();
    await this.panel.root.waitFor();
    return this.panel;
  }
}
