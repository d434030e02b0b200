/**
 * How the tests use Tomari's date fields (renderer/src/common/dates/DateField.tsx, an MUI X
 * date picker): they type the digits as a person at the desk does, and read the date back
 * from the field's value. The screens run in Japanese here, so dates read yyyy/MM/dd.
 */
import type { Locator } from 'playwright-core';

/**
 * Types `YYYY-MM-DD` into the date field (found by its test id), replacing what was there, in
 * the order the screen's language writes dates (2026/05/12 in Japanese, 05/12/2026 in English).
 */
export async function fillDate(
  field: Locator,
  isoDate: string,
  language: 'ja' | 'en' = 'ja',
): Promise<void> {
  const page = field.page();
  await field.locator('[role="spinbutton"]').first().click();
  // Select every section, clear them, then type the digits straight through.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  const [year, month, day] = isoDate.split('-');
  await page.keyboard.type(language === 'ja' ? `${year}${month}${day}` : `${month}${day}${year}`);
  // Leave the field so the form sees the whole date (as Tab to the next field would).
  await field.locator('[role="spinbutton"]').last().press('Tab');
}

/** Clears the date field. */
export async function clearDate(field: Locator): Promise<void> {
  const page = field.page();
  await field.locator('[role="spinbutton"]').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await field.locator('[role="spinbutton"]').last().press('Tab');
}

/** The date the field holds, `YYYY-MM-DD`, or '' when empty. */
export async function dateValue(field: Locator): Promise<string> {
  const shown = await field.locator('input').inputValue();
  const m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(shown);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}
