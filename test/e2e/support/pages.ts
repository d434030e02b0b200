/** Page objects: what the end-to-end tests know about the screens, in one place. */
import type { Locator, Page } from 'playwright-core';

/**
 * Opens the app as a user does (the address with #token=…, which the page keeps for the tab
 * and removes from the address bar), then goes to a screen by its route.
 */
export async function openApp(page: Page, appUrl: string, route: string): Promise<void> {
  await page.goto(appUrl);
  await page.waitForFunction(() => !location.hash.includes('token='));
  await page.goto(`${appUrl.split('#')[0]}#${route}`);
}

export class WeekBoardPage {
  constructor(readonly page: Page) {}

  /** Opens the app with its access token, then the week screen. */
  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/week');
    await this.board.or(this.page.getByTestId('week-board-empty')).waitFor();
  }

  get board(): Locator {
    return this.page.getByTestId('week-board');
  }

  bedRow(bedId: string): Locator {
    return this.page.getByTestId(`bed-row-${bedId}`);
  }

  stayCell(stayId: string): Locator {
    return this.page.getByTestId(`stay-cell-${stayId}`);
  }

  get facilityName(): Locator {
    return this.page.getByTestId('facility-name');
  }
}
