/** Page objects for the person register and the person record. */
import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-field';
import { openApp } from './pages';

export class PersonsListPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/persons');
    await this.list.waitFor();
  }

  get list(): Locator {
    return this.page.getByTestId('person-list');
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('person-search').fill(text);
  }

  row(personId: string): Locator {
    return this.page.getByTestId(`person-row-${personId}`);
  }

  async startNewPerson(): Promise<void> {
    await this.page.getByRole('link', { name: '新規登録' }).click();
  }
}

export interface NewPersonInput {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate?: string;
  certificateNumber?: string;
}

export class PersonRecordPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string, personId: string): Promise<void> {
    await openApp(this.page, appUrl, `/persons/${personId}`);
    await this.page.getByTestId('person-record').waitFor();
  }

  section(id: string): Locator {
    return this.page.getByTestId(`section-${id}`);
  }

  /** Fills the identity form of the new-person screen and submits it. */
  async fillIdentity(input: NewPersonInput): Promise<void> {
    for (const [name, value] of Object.entries(input)) {
      const field = this.page.getByTestId(`identity-${name}`);
      if (name === 'birthDate') await fillDate(field, value);
      else await field.fill(value);
    }
    await this.section('identity').getByRole('button', { name: '登録する' }).click();
  }

  /** The id in the address once the record screen shows. */
  async personIdFromUrl(): Promise<string> {
    await this.page.getByTestId('person-record').waitFor();
    return new URL(this.page.url()).hash.replace(/^#\/persons\//, '');
  }

  async addAuthorization(from: string, to: string, daysPerMonth: number): Promise<void> {
    const section = this.section('authorizations');
    await section.getByRole('button', { name: '期間を追加' }).click();
    await fillDate(section.getByTestId('authorization-0-from'), from);
    await fillDate(section.getByTestId('authorization-0-to'), to);
    await section.getByTestId('authorization-0-days').fill(String(daysPerMonth));
    await section.getByRole('button', { name: '保存' }).click();
  }

  async setRegistered(date: string): Promise<void> {
    const section = this.section('registration');
    await section.getByTestId('registration-status').selectOption('registered');
    await fillDate(section.getByTestId('registration-registeredOn'), date);
    await section.getByRole('button', { name: '保存' }).click();
  }

  authorization(index: number): Locator {
    return this.section('authorizations').getByTestId(`authorization-${index}`);
  }

  usageText(fiscalYear: number): Locator {
    return this.page.getByTestId(`usage-${fiscalYear}-text`);
  }

  stayRow(stayId: string): Locator {
    return this.page.getByTestId(`person-stay-${stayId}`);
  }

  get alerts(): Locator {
    return this.page.getByRole('alert');
  }
}
