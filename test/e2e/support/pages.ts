/** Page objects: what the end-to-end tests know about the screens, in one place. */
import type { Locator, Page } from 'playwright-core';

export class WeekBoardPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await this.page.goto(appUrl);
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
