/** Page objects for the first run, the sign-in list, the lock screen and the staff menu. */
import type { Locator, Page } from 'playwright-core';

export class SessionScreens {
  constructor(readonly page: Page) {}

  get firstRun(): Locator {
    return this.page.getByTestId('first-run');
  }

  get signIn(): Locator {
    return this.page.getByTestId('sign-in');
  }

  get lockScreen(): Locator {
    return this.page.getByTestId('lock-screen');
  }

  get error(): Locator {
    return this.page.getByTestId('sign-in-error');
  }

  get staffMenu(): Locator {
    return this.page.getByTestId('staff-menu');
  }

  /** First run: registers the first manager (the app then signs them in). */
  async setUpManager(name: string, nameKana: string, secret: string): Promise<void> {
    await this.firstRun.waitFor();
    await this.page.getByTestId('first-run-name').fill(name);
    await this.page.getByTestId('first-run-nameKana').fill(nameKana);
    await this.page.getByTestId('first-run-secret').fill(secret);
    await this.page.getByTestId('first-run-secretAgain').fill(secret);
    await this.page.getByTestId('first-run-submit').click();
    await this.staffMenu.waitFor();
  }

  /** Finds a name in the list by typing its reading, and picks it. */
  async pickName(kana: string, staffId: string): Promise<void> {
    await this.page.getByTestId('sign-in-search').fill(kana);
    await this.page.getByTestId(`sign-in-name-${staffId}`).click();
  }

  /** Types the secret and signs in (the outcome is for the caller to wait for). */
  async submitSecret(secret: string): Promise<void> {
    await this.page.getByTestId('sign-in-secret').fill(secret);
    await this.page.getByTestId('sign-in-submit').click();
  }

  /** Switch user: two clicks from any screen to the list of names. */
  async switchUser(): Promise<void> {
    await this.staffMenu.click();
    await this.page.getByTestId('staff-menu-switch').click();
    await this.signIn.waitFor();
  }

  /** The names of the tabs shown. */
  async tabNames(): Promise<string[]> {
    return (await this.page.getByRole('tab').allTextContents()).map((s) => s.trim());
  }
}
