/** The question asked before unsaved input is thrown away (common/unsaved in the renderer). */
import type { Locator, Page } from 'playwright-core';

export class DiscardChangesPrompt {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('discard-changes');
  }

  /** Waits for the question, then goes back to the input. */
  async keepEditing(): Promise<void> {
    await this.dialog.waitFor();
    await this.dialog.getByTestId('discard-changes-keep').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Waits for the question, then throws the input away. */
  async discard(): Promise<void> {
    await this.dialog.waitFor();
    await this.dialog.getByTestId('discard-changes-discard').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}

/** The screen tabs of the top bar, by their label. */
export function screenTab(page: Page, label: string): Locator {
  return page.getByRole('navigation').getByRole('tab', { name: label });
}

/**
 * The questions the browser itself asks from now on (a beforeunload prompt), each dismissed as
 * a user choosing to stay; the list grows as they come.
 */
export function browserQuestions(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  return asked;
}
