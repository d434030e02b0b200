/** Page objects for tonight's records, the stay record view and the printed summary. */
import { writeFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { openApp } from './pages';

export class TonightPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string): Promise<void> {
    await openApp(this.page, appUrl, '/records');
    await this.page.getByTestId('tonight-page').waitFor();
  }

  guest(stayId: string): Locator {
    return this.page.getByTestId(`guest-${stayId}`);
  }

  entry(stayId: string, domain: string): DomainEntry {
    return new DomainEntry(this.page, `entry-${stayId}-${domain}`);
  }
}

export class DomainEntry {
  constructor(
    readonly page: Page,
    readonly testId: string,
  ) {}

  get root(): Locator {
    return this.page.getByTestId(this.testId);
  }

  get goal(): Locator {
    return this.page.getByTestId(`${this.testId}-goal`);
  }

  get activity(): Locator {
    return this.page.getByTestId(`${this.testId}-activity`);
  }

  get note(): Locator {
    return this.page.getByTestId(`${this.testId}-note`);
  }

  get state(): Locator {
    return this.page.getByTestId(`${this.testId}-state`);
  }

  level(level: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`${this.testId}-level`).locator(`[data-level="${level}"]`);
  }

  phrase(text: string): Locator {
    return this.root.getByRole('button', { name: text });
  }

  /** Fills what was practised, the level and a note, saves, and waits for 保存済み. */
  async record(values: { activity?: string; level: 1 | 2 | 3 | 4; note?: string }): Promise<void> {
    if (values.activity !== undefined) await this.activity.fill(values.activity);
    await this.level(values.level).click();
    if (values.note !== undefined) await this.note.fill(values.note);
    await this.page.getByTestId(`${this.testId}-save`).click();
    await this.root.locator('[data-state="saved"]').waitFor();
  }
}

export class StayRecordView {
  constructor(readonly page: Page) {}

  async open(appUrl: string, stayId: string): Promise<void> {
    await openApp(this.page, appUrl, `/stays/${stayId}/record`);
    await this.page.getByTestId('stay-record-page').waitFor();
  }

  cell(date: string, domain: string): Locator {
    return this.page.getByTestId(`cell-${date}-${domain}`);
  }

  get chart(): Locator {
    return this.page.locator('svg').first();
  }

  /** 職員所見: writes the comments (signed by whoever is signed in) and waits until they are saved. */
  async writeComment(text: string): Promise<void> {
    await this.page.getByTestId('staff-comment').fill(text);
    await this.page.getByTestId('staff-comment-save').click();
    await this.page.getByTestId('staff-comment-saved').waitFor();
  }

  /** The line under the comments: who wrote them last, and when. */
  get commentSigned(): Locator {
    return this.page.getByTestId('staff-comment-signed');
  }
}

/** Opens a print route and waits until its data is in (the marker the Electron printer waits for). */
export async function openPrintRoute(page: Page, appUrl: string, route: string): Promise<void> {
  await openApp(page, appUrl, route);
  await page.locator('[data-print-ready]').waitFor();
}

/**
 * Opens a print route in a page of its own, as paper (print media), and saves it as an A4 PDF at
 * `path`, the way the app's PDF button does; errors of the page go into `errors`.
 */
export async function printRouteToPdf(
  browser: Browser,
  appUrl: string,
  route: string,
  path: string,
  errors: string[],
): Promise<void> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await openPrintRoute(page, appUrl, route);
  await page.emulateMedia({ media: 'print' });
  await writeFile(path, await page.pdf({ format: 'A4', printBackground: true }));
  await page.close();
}
