/** Page objects of the month's paperwork: daily facts, the reports screen, 本日の記録 at the desk. */
import type { Locator, Page } from 'playwright-core';
import { openApp } from './pages';

type Meal = 'breakfast' | 'lunch' | 'dinner';
type Move = 'pickup' | 'dropoff' | 'daytimeElsewhere';

/** One day's toggles and note, on the stay panel (`day-<date>`) or in the desk's dialog (`desk-day`). */
export class DayFacts {
  constructor(
    readonly page: Page,
    readonly root: Locator,
    readonly testId: string,
  ) {}

  toggle(fact: Meal | Move): Locator {
    return this.root.getByTestId(`${this.testId}-${fact}`);
  }

  async isOn(fact: Meal | Move): Promise<boolean> {
    return (await this.toggle(fact).getAttribute('aria-pressed')) === 'true';
  }

  /** Sets each fact given to on or off, clicking only the ones that differ. */
  async set(facts: Partial<Record<Meal | Move, boolean>>, note?: string): Promise<void> {
    for (const [fact, on] of Object.entries(facts) as [Meal | Move, boolean][]) {
      if ((await this.isOn(fact)) !== on) await this.toggle(fact).click();
    }
    if (note !== undefined) await this.root.getByTestId(`${this.testId}-note`).fill(note);
  }
}

/** 日々の記録 on the stay panel: one row per day of use, each saved on its own. */
export class StayDaysSection {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('stay-days');
  }

  day(date: string): DayFacts {
    return new DayFacts(this.page, this.root.getByTestId(`day-${date}`), `day-${date}`);
  }

  state(date: string): Locator {
    return this.root.getByTestId(`day-${date}-state`);
  }

  /** Changes a day and saves it; waits until the row says 記録済. */
  async record(
    date: string,
    facts: Partial<Record<Meal | Move, boolean>>,
    note?: string,
  ): Promise<void> {
    const day = this.day(date);
    await day.set(facts, note);
    await this.root.getByTestId(`day-${date}-save`).click();
    await this.root.locator(`[data-testid="day-${date}"][data-state="saved"]`).waitFor();
  }

  get addOnCount(): Locator {
    return this.root.getByTestId('stay-add-on-count');
  }

  get intakeLine(): Locator {
    return this.root.getByTestId('stay-intake-line');
  }
}

/** 本日の記録 from a row of 本日の受付. */
export class DeskDayDialog {
  readonly facts: DayFacts;

  constructor(readonly page: Page) {
    this.facts = new DayFacts(page, page.getByRole('dialog'), 'desk-day');
  }

  async open(stayId: string): Promise<void> {
    await this.page.getByTestId(`record-day-${stayId}`).first().click();
    await this.page.getByTestId('desk-day-save').waitFor();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('desk-day-save').click();
    await this.page.getByTestId('desk-day-save').waitFor({ state: 'detached' });
  }
}

/** 帳票・集計. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async openRecords(appUrl: string, month: string): Promise<void> {
    await openApp(this.page, appUrl, `/reports?tab=records&month=${month}`);
    await this.checks.waitFor();
  }

  get checks(): Locator {
    return this.page.getByTestId('record-checks');
  }

  row(personId: string): Locator {
    return this.page.getByTestId(`records-row-${personId}`);
  }

  csvButton(report: string): Locator {
    return this.page.getByTestId(`csv-${report}`);
  }
}
