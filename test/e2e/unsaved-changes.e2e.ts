import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedInput, personInput } from '../../main/testing/builders';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { CalendarPage } from './support/calendar-page';
import { EmergencyIntake } from './support/desk-page';
import { startHostProcess, type HostProcess } from './support/host';
import { PersonRecordPage } from './support/persons-page';
import { TonightPage } from './support/training-page';
import { browserQuestions, DiscardChangesPrompt, screenTab } from './support/unsaved-prompt';

interface Saved {
  id: string;
}

/**
 * Unsaved input is never thrown away silently (docs/data-entry.md): switching screens,
 * closing a dialog or a drawer, and closing the window all ask first, and going back to the
 * input keeps it exactly as it was.
 */
describe.skipIf(!chromiumPath)('unsaved input over the browser host', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let prompt: DiscardChangesPrompt;
  const today = todayInJapan(new Date());
  const errors: string[] = [];
  let bed: Saved;
  let hanako: Saved;
  let ichiro: Saved;
  let stay: Saved;

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    bed = await host.call<Saved>('beds.save', { bed: bedInput('A-1', 1) });
    hanako = await host.call<Saved>('persons.save', {
      person: personInput({
        familyName: '佐藤',
        givenName: '花子',
        familyNameKana: 'さとう',
        givenNameKana: 'はなこ',
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
      }),
    });
    ichiro = await host.call<Saved>('persons.save', {
      person: personInput({
        familyName: '鈴木',
        givenName: '一郎',
        familyNameKana: 'すずき',
        givenNameKana: 'いちろう',
      }),
    });
    stay = await host.call<Saved>('stays.create', {
      draft: {
        personId: hanako.id,
        bedId: bed.id,
        kind: 'experience',
        start: today,
        end: addDays(today, 3),
        status: 'confirmed',
      },
    });
    await host.call('stays.checkIn', { id: stay.id });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });
  // A page of its own per test: a question left open can never leak into the next test.
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => errors.push(e.message));
    prompt = new DiscardChangesPrompt(page);
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it('asks before a training entry marked 未保存 is left for another tab', async () => {
    const tonight = new TonightPage(page);
    await tonight.open(host.appUrl);
    const cooking = tonight.entry(stay.id, 'cooking');
    await cooking.activity.fill('味噌汁を作った');
    await cooking.level(2).click();
    await cooking.root.locator('[data-state="dirty"]').waitFor();

    await screenTab(page, '利用者台帳').click();
    await prompt.keepEditing();
    // Still on tonight's records, with the entry as it was typed.
    expect(new URL(page.url()).hash).toBe('#/records');
    expect(await cooking.activity.inputValue()).toBe('味噌汁を作った');
    expect(await cooking.state.getAttribute('data-state')).toBe('dirty');

    await screenTab(page, '利用者台帳').click();
    await prompt.discard();
    await page.getByTestId('person-list').waitFor();
    expect(await host.call<unknown[]>('training.list', { stayId: stay.id })).toEqual([]);
  });

  it('lets a saved training entry go without asking', async () => {
    const tonight = new TonightPage(page);
    await tonight.open(host.appUrl);
    await tonight.entry(stay.id, 'laundry').record({ activity: '洗濯機を回した', level: 3 });
    await screenTab(page, '利用者台帳').click();
    await page.getByTestId('person-list').waitFor();
    expect(await prompt.dialog.count()).toBe(0);
  });

  it('keeps one section’s edit on the person record while another section is saved', async () => {
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, ichiro.id);
    await page.getByTestId('identity-givenName').fill('一朗');
    await page.getByTestId('care-diet').fill('刻み食');
    await record.section('care').getByRole('button', { name: '保存' }).click();
    await record.section('care').getByText('保存しました').waitFor();
    // The identity section still holds its edit and says it is not saved.
    expect(await page.getByTestId('identity-givenName').inputValue()).toBe('一朗');
    await record.section('identity').getByTestId('unsaved-marker').waitFor();
    expect(await record.section('care').getByTestId('unsaved-marker').count()).toBe(0);

    await page.getByRole('link', { name: '利用者台帳へ戻る' }).click();
    await prompt.keepEditing();
    expect(await page.getByTestId('identity-givenName').inputValue()).toBe('一朗');

    await record.section('identity').getByRole('button', { name: '保存' }).click();
    await record.section('identity').getByText('保存しました').waitFor();
    const saved = await host.call<{ givenName: string; careNotes?: { diet?: string } }>(
      'persons.get',
      { id: ichiro.id },
    );
    expect([saved.givenName, saved.careNotes?.diet]).toEqual(['一朗', '刻み食']);
    // Everything saved: leaving asks nothing.
    await page.getByRole('link', { name: '利用者台帳へ戻る' }).click();
    await page.getByTestId('person-list').waitFor();
    expect(await prompt.dialog.count()).toBe(0);
  });

  it('asks before the page is reloaded or closed with unsaved input, and keeps it', async () => {
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, hanako.id);
    const asked = browserQuestions(page);
    // Typed with the keyboard: Chromium asks only on a page the user has interacted with.
    await page.getByTestId('care-allergies').click();
    await page.keyboard.type('そば');
    // Leaving the document (a reload, closing the tab or the window) runs beforeunload; this
    // headless Chromium asks on a navigation but not on page.close, so a reload stands in.
    await page.evaluate(() => window.location.reload());
    await expect.poll(() => asked).toEqual(['beforeunload']);
    // Dismissed: the page is still there with the input.
    expect(await page.getByTestId('care-allergies').inputValue()).toBe('そば');
  });

  it('lets the page go without asking when nothing is unsaved', async () => {
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, hanako.id);
    const asked = browserQuestions(page);
    await page.getByTestId('care-allergies').click();
    await page.reload();
    await page.getByTestId('person-record').waitFor();
    expect(asked).toEqual([]);
  });

  it('asks before the booking dialog is closed with Escape or キャンセル once something is entered', async () => {
    const calendar = new CalendarPage(page);
    await calendar.open(host.appUrl);
    await page.getByTestId('calendar-new-booking').click();
    await calendar.dialog.waitFor();
    // Nothing entered yet: Escape simply closes.
    await page.keyboard.press('Escape');
    await calendar.dialog.waitFor({ state: 'detached' });

    await page.getByTestId('calendar-new-booking').click();
    await calendar.pickPerson('はなこ', '佐藤 花子');
    await page.keyboard.press('Escape');
    await prompt.keepEditing();
    expect(await page.getByTestId('booking-person').inputValue()).toContain('佐藤 花子');

    await calendar.dialog.getByRole('button', { name: 'キャンセル' }).click();
    await prompt.discard();
    await calendar.dialog.waitFor({ state: 'detached' });
  });

  it('asks before the stay panel is closed over a note being typed, and keeps it', async () => {
    const calendar = new CalendarPage(page);
    await calendar.open(host.appUrl);
    await calendar.stay(stay.id).click();
    await calendar.panel.waitFor();
    await page.getByTestId('stay-note').fill('夕食後に家族へ電話');
    await page.keyboard.press('Escape');
    await prompt.keepEditing();
    expect(await page.getByTestId('stay-note').inputValue()).toBe('夕食後に家族へ電話');
    await page.getByTestId('stay-panel-close').click();
    await prompt.discard();
    await calendar.panel.waitFor({ state: 'detached' });
  });

  it('asks before an emergency intake under way is closed', async () => {
    await new CalendarPage(page).open(host.appUrl);
    const intake = new EmergencyIntake(page);
    await intake.openWithShortcut();
    await intake.pickPerson('はなこ', '佐藤 花子');
    await page.keyboard.press('Escape');
    await prompt.keepEditing();
    expect(await intake.dialog.getByTestId('emergency-person').inputValue()).toContain('佐藤');
    await page.keyboard.press('Escape');
    await prompt.discard();
    await intake.dialog.waitFor({ state: 'detached' });
  });

  it('jumps past the top bar to the screen without leaving it or its input', async () => {
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, hanako.id);
    await page.getByTestId('care-mobility').fill('手すりがあれば自立');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'メインコンテンツへ移動' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(new URL(page.url()).hash).toBe(`#/persons/${hanako.id}`);
    expect(await prompt.dialog.count()).toBe(0);
    expect(await page.getByTestId('care-mobility').inputValue()).toBe('手すりがあれば自立');
  });
});
