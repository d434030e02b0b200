/** Page object of 施設設定: the facility's details and the caps and limits. */
import type { Locator, Page } from 'playwright-core';
import { openApp } from './pages';

export class FacilitySettingsPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/settings');
    await this.field('facilityName').waitFor();
  }

  /** A field by its setting's name (facilityName, address, phone, experienceAnnualCapDays…). */
  field(name: string): Locator {
    return this.page.getByTestId(`settings-${name}`);
  }

  /** The message under a field (its hint, or why the value is refused). */
  helper(name: string): Locator {
    return this.page
      .locator('.MuiFormControl-root', { has: this.field(name) })
      .locator('.MuiFormHelperText-root');
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }

  get saveButton(): Locator {
    return this.page.getByTestId('settings-save');
  }

  get notice(): Locator {
    return this.page.getByTestId('settings-notice');
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.notice.waitFor();
  }
}
