import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedInput } from '../../main/testing/builders';
import { addDays, monthOf, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { CalendarPage } from './support/calendar-page';
import { startHostProcess, type HostProcess } from './support/host';
import { openApp } from './support/pages';
import { hasPoppler, POPPLER_HINT, readPdf } from './support/poppler';
import { printRouteToPdf } from './support/training-page';

/** Months from one `YYYY-MM` to another (positive when `to` is later). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * 保存期間 and 本人開示 through the browser host: the manager opens the retention screen, erases a
 * person whose period is over (the dialog names what goes and asks for the name typed), and the
 * person is gone from 利用者台帳 and from the calendar; an erase the period forbids is refused in
 * Japanese; and the printed 本人開示 holds the person's records.
 */
describe.skipIf(!chromiumPath)('retention and the copy of a person’s data', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let folder: string;
  const errors: string[] = [];
  const today = todayInJapan(new Date());
  // A stay that ended five years and a month ago: its period is over.
  const oldStart = addDays(today, -(5 * 366 + 40));
  const oldEnd = addDays(oldStart, 2);
  let bed: { id: string };
  let gone: { id: string };
  let kept: { id: string };
  let oldStay: { id: string };

  /** A registered person, authorised from `from` to `to`. */
  const person = (
    familyName: string,
    givenName: string,
    kana: [string, string],
    from: string,
    to: string,
  ) =>
    host.call<{ id: string }>('persons.save', {
      person: {
        familyName,
        givenName,
        familyNameKana: kana[0],
        givenNameKana: kana[1],
        registration: { status: 'registered', registeredOn: from },
        authorizations: [{ from, to, daysPerMonth: 15 }],
      },
    });

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    folder = await mkdtemp(join(tmpdir(), 'tomari-retention-e2e-'));
    await host.call('settings.update', { facilityName: 'とまり荘' });
    bed = await host.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });
    gone = await person(
      '消去',
      '対象',
      ['しょうきょ', 'たいしょう'],
      addDays(oldStart, -10),
      oldEnd,
    );
    kept = await person(
      '残留',
      '花子',
      ['ざんりゅう', 'はなこ'],
      addDays(today, -10),
      addDays(today, 300),
    );
    oldStay = await host.call<{ id: string }>('stays.create', {
      draft: {
        personId: gone.id,
        bedId: bed.id,
        kind: 'experience',
        start: oldStart,
        end: oldEnd,
        status: 'confirmed',
      },
    });
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: {
        personId: kept.id,
        bedId: bed.id,
        kind: 'experience',
        start: today,
        end: addDays(today, 2),
        status: 'confirmed',
        note: '送迎は母',
      },
    });
    await host.call('stays.checkIn', { id: stay.id });
    await host.call('stays.saveGoals', { stayId: stay.id, goals: { cooking: '一人でご飯を炊く' } });
    await host.call('training.save', {
      record: { stayId: stay.id, date: today, domain: 'cooking', level: 2, activity: '米を研いだ' },
    });
    await host.call('stays.saveComment', { stayId: stay.id, text: '落ち着いて過ごせた。' });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** The calendar, moved back to the old stay's month. */
  async function calendarAtOldMonth(): Promise<CalendarPage> {
    const calendar = new CalendarPage(page);
    await calendar.open(host.appUrl);
    for (let i = monthsBetween(monthOf(oldStart), monthOf(today)); i > 0; i--) {
      await page.locator('.fc-prev-button').click();
    }
    const [year, month] = monthOf(oldStart).split('-').map(Number) as [number, number];
    await expect
      .poll(() => page.locator('.fc-toolbar-title').textContent())
      .toBe(`${year}年${month}月`);
    return calendar;
  }

  it('erases a person past their period after the name is typed, from the register and the calendar', async () => {
    let calendar = await calendarAtOldMonth();
    await calendar.stay(oldStay.id).waitFor();

    await page.getByRole('tab', { name: '保存期間' }).click();
    await page.getByTestId('retention-page').waitFor();
    const row = page.getByTestId(`retention-row-${gone.id}`);
    await row.waitFor();
    expect(await page.getByTestId(`retention-row-${kept.id}`).count()).toBe(0);
    expect(await page.getByTestId('retention-backups').textContent()).toContain('14回分');

    await page.getByTestId(`retention-erase-${gone.id}`).click();
    const dialog = page.getByTestId('erase-dialog');
    await dialog.getByTestId('erase-preview').waitFor();
    const preview = await dialog.getByTestId('erase-preview').textContent();
    expect(preview).toContain('利用（予約）1件');
    expect(preview).toContain('訓練の記録 0件');
    const confirm = dialog.getByTestId('erase-confirm');
    // Half the name, or another name, confirms nothing.
    await dialog.getByTestId('erase-confirm-name').fill('消去');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByTestId('erase-confirm-name').fill('残留 花子');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByTestId('erase-confirm-name').fill('消去 対象');
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.click();

    await page.getByTestId('retention-erased').waitFor();
    expect(await page.getByTestId('retention-erased').textContent()).toContain(
      '消去 対象さんの記録を消去しました',
    );
    await page.getByTestId('retention-empty').waitFor();

    // Gone from 利用者台帳…
    await page.getByRole('tab', { name: '利用者台帳' }).click();
    await page.getByText('残留 花子').first().waitFor();
    expect(await page.getByText('消去 対象').count()).toBe(0);
    // …and from the calendar, in the month of their stay.
    calendar = await calendarAtOldMonth();
    await expect.poll(() => calendar.stay(oldStay.id).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says in Japanese that a person inside their period cannot be erased', async () => {
    // A person whose stay ended long ago is listed; a booking made on another computer since
    // then puts them back inside their period before the manager confirms.
    const late = await person('期間', '内', ['きかん', 'ない'], addDays(oldStart, -10), oldEnd);
    await host.call('stays.create', {
      draft: {
        personId: late.id,
        bedId: bed.id,
        kind: 'experience',
        start: oldStart,
        end: oldEnd,
        status: 'confirmed',
      },
    });
    await openApp(page, host.appUrl, '/retention');
    // The list was cached by the first test: the booking came from outside this page.
    await page.reload();
    await page.getByTestId(`retention-erase-${late.id}`).click();
    const dialog = page.getByTestId('erase-dialog');
    await dialog.getByTestId('erase-preview').waitFor();
    await host.call('persons.save', {
      person: {
        ...(await host.call<object>('persons.get', { id: late.id })),
        authorizations: [{ from: today, to: addDays(today, 30), daysPerMonth: 15 }],
      },
    });
    await dialog.getByTestId('erase-confirm-name').fill('期間 内');
    await dialog.getByTestId('erase-confirm').click();
    const refusal = dialog.getByTestId('erase-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^この方の記録は.+まで保存期間中のため、消去できません。/,
    );
    expect((await host.call<{ id: string }>('persons.get', { id: late.id })).id).toBe(late.id);
  });

  it('saves the copy of a person’s data as JSON from their record', async () => {
    await openApp(page, host.appUrl, `/persons/${kept.id}`);
    await page.getByTestId('disclosure-section').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('disclosure-json').click();
    const path = join(folder, 'copy.json');
    await (await download).saveAs(path);
    const copy = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown[]> & {
      person: { id: string };
    };
    expect(copy.person.id).toBe(kept.id);
    expect(copy.stays).toHaveLength(1);
    expect(copy.trainingRecords).toHaveLength(1);
    expect(JSON.stringify(copy)).toContain('一人でご飯を炊く');
    expect(JSON.stringify(copy)).not.toContain('消去');
  });

  // Without poppler-utils the PDF cannot be read: reported as skipped, with the hint (CI fails).
  it.skipIf(!hasPoppler)(
    `prints the copy on A4 with the record, the stay, the training and the trail${hasPoppler ? '' : ` — skipped: ${POPPLER_HINT}`}`,
    async () => {
      const path = join(folder, 'disclosure.pdf');
      await printRouteToPdf(browser, host.appUrl, `/print/disclosure/${kept.id}`, path, errors);
      const { text, pageSize } = await readPdf(path);
      // A4 (595 × 842 pt), as Chromium rounds it.
      expect(pageSize).toMatch(/^59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
      const compact = text.replace(/[ \t]+/g, ' ');
      for (const expected of [
        '本人開示 保有個人データの写し',
        'とまり荘',
        '残留 花子',
        'ざんりゅう はなこ',
        '支給決定期間の開始日',
        '一人でご飯を炊く',
        '落ち着いて過ごせた。',
        '送迎は母',
        '米を研いだ',
        '記録の操作履歴',
        '以上',
      ]) {
        expect(compact).toContain(expected);
      }
      expect(errors).toEqual([]);
    },
  );
});
