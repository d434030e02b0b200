import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { seedCalendarFacility, type CalendarFacility } from './support/calendar-facility';
import { startHostProcess, type HostProcess } from './support/host';
import { EmergencyIntake } from './support/desk-page';
import { openApp } from './support/pages';
import { openPrintRoute } from './support/training-page';

const run = promisify(execFile);

/**
 * Always ready for an emergency, over the browser host: the register's list of registered
 * persons with gaps, the person record's checklist, the 緊急時情報シート printed and read back
 * from its PDF, and the readiness line of 本日の受付 and the calendar header.
 */
describe.skipIf(!chromiumPath)('always ready for an emergency', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let folder: string;
  let facility: CalendarFacility;
  let reservedBed: { id: string };
  const errors: string[] = [];
  const today = todayInJapan(new Date());

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    folder = await mkdtemp(join(tmpdir(), 'tomari-readiness-e2e-'));
    await host.call('settings.update', { facilityName: 'とまり荘', phone: '03-1234-5678' });
    facility = await seedCalendarFacility(host, today);
    reservedBed = await host.call('beds.save', {
      bed: {
        name: '緊急-1',
        room: '103号室',
        allows: ['emergency', 'experience'],
        emergencyReserved: true,
        order: 9,
        active: true,
      },
    });
    // 佐藤 花子: everything on file but her review date, which has passed.
    const hanako = await host.call<Record<string, unknown>>('persons.get', {
      id: facility.hanako.id,
    });
    await host.call('persons.save', {
      person: {
        ...hanako,
        birthDate: '1990-04-15',
        supportCategory: '4',
        registration: { status: 'registered', reviewDate: addDays(today, -3) },
        consultationOffice: {
          office: 'さくら相談室',
          coordinator: '田中 一',
          phone: '03-9999-0000',
        },
        contacts: [
          { name: '佐藤 良子', relation: '母', phone: '090-1111-2222' },
          { name: '佐藤 健', relation: '兄', phone: '080-3333-4444' },
        ],
        careNotes: {
          medications: '朝夕食後 デパケン200mg',
          allergies: 'そば',
          behaviourSupport: '大きな音が苦手',
          mobility: '独歩',
          diet: '刻み食',
          flags: [],
          nothingToNote: ['medicalCare'],
        },
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
    await rm(folder, { recursive: true, force: true });
  });
  afterEach(async () => {
    await page?.close();
    expect(errors).toEqual([]);
  });
  const newPage = async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
    page.on('pageerror', (e) => errors.push(e.message));
    return page;
  };

  it('lists on 利用者台帳 the registered persons with gaps, most urgent first', async () => {
    await newPage();
    await openApp(page, host.appUrl, '/persons');
    await page.getByRole('tab', { name: /緊急時の備え（未整備 2人）/ }).click();
    const list = page.getByTestId('readiness-list');
    await list.waitFor();
    const rows = list.locator('tbody tr');
    // 鈴木 一郎 has nothing on medication (and more gaps): he comes first.
    expect(await rows.nth(0).getAttribute('data-testid')).toBe(
      `readiness-row-${facility.ichiro.id}`,
    );
    expect(await rows.nth(1).textContent()).toContain('佐藤 花子');
    expect(
      await page
        .getByTestId(`readiness-row-${facility.hanako.id}`)
        .getByTestId(/^gap-/)
        .allTextContents(),
    ).toEqual(['見直し日']);
    expect(
      await page
        .getByTestId(`readiness-row-${facility.ichiro.id}`)
        .getByTestId(/^gap-/)
        .allTextContents(),
    ).toEqual(['緊急連絡先', '相談支援事業所', '配慮事項', '見直し日']);
  });

  it('shows the checklist on the record and prints the 緊急時情報シート on one A4 page', async () => {
    await newPage();
    await openApp(page, host.appUrl, `/persons/${facility.hanako.id}`);
    const checklist = page.getByTestId('readiness-checklist');
    await checklist.waitFor();
    expect(await checklist.getByTestId('readiness-item-review').getAttribute('data-missing')).toBe(
      'true',
    );
    expect(
      await checklist.getByTestId('readiness-item-contacts').getAttribute('data-missing'),
    ).toBe('false');
    expect(await checklist.getByTestId('readiness-item-review').textContent()).toContain(
      'を過ぎています',
    );

    // The browser host cannot open a print window: the sheet opens here and prints itself.
    await page.getByTestId('print-emergency-sheet').click();
    await page.waitForURL(/#\/print\/emergency-sheet\//);
    await page.getByTestId('emergency-sheet').waitFor();

    const printPage = await browser.newPage();
    printPage.on('pageerror', (e) => errors.push(e.message));
    await openPrintRoute(printPage, host.appUrl, `/print/emergency-sheet/${facility.hanako.id}`);
    await printPage.emulateMedia({ media: 'print' });
    const path = join(folder, 'emergency-sheet.pdf');
    await writeFile(path, await printPage.pdf({ format: 'A4', printBackground: true }));
    await printPage.close();
    const { stdout: text } = await run('pdftotext', ['-layout', path, '-']);
    const { stdout: info } = await run('pdfinfo', [path]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(1);
    const compact = text.replace(/[ \t]+/g, ' ');
    for (const expected of [
      '緊急時情報シート',
      'とまり荘',
      '佐藤 花子',
      'さとう はなこ',
      '平成2年4月15日',
      '区分4',
      'さくら相談室',
      '田中 一',
      '03-9999-0000',
      '朝夕食後 デパケン200mg',
      'そば',
      '大きな音が苦手',
      '刻み食',
      '特になし',
      '見直し日',
      'を過ぎています',
    ]) {
      expect(compact).toContain(expected);
    }
    // The contacts in calling order.
    const mother = compact.indexOf('090-1111-2222');
    const brother = compact.indexOf('080-3333-4444');
    expect(mother).toBeGreaterThan(-1);
    expect(brother).toBeGreaterThan(mother);
    // Nothing else: no certificate number, no stays.
    expect(compact).not.toMatch(/\d{10}/);
  });

  it('says on 本日の受付 whether tonight is ready, and marks the short nights on the calendar', async () => {
    // The facility keeps all four beds that take emergencies free (施設設定).
    await host.call('settings.update', { emergencyReadyBeds: 4 });
    await newPage();
    await openApp(page, host.appUrl, '/today');
    const line = page.getByTestId('readiness-line');
    await line.waitFor();
    expect(await line.getAttribute('data-ready')).toBe('true');
    expect(await line.textContent()).toContain('今夜は緊急受入に備えられています');

    // An experience stay takes the reserved bed for two nights, with a written reason.
    await host.call('stays.create', {
      draft: {
        personId: facility.hanako.id,
        bedId: reservedBed.id,
        kind: 'experience',
        start: today,
        end: addDays(today, 2),
        status: 'confirmed',
      },
      overrides: [{ rule: 'EMERGENCY_BED_RESERVED', reason: '他のベッドが改修中のため' }],
    });
    await page.reload();
    await expect.poll(() => line.getAttribute('data-ready')).toBe('false');
    const said = (await line.textContent()) ?? '';
    expect(said).toContain('今夜は緊急用のベッドが足りません：すぐ使えるベッド 3床（目標 4床）');
    expect(said).toContain('今後8週間で足りない夜：2夜');
    expect(await page.getByTestId(`short-night-${today}`).textContent()).toContain('佐藤 花子');
    await page.screenshot({ path: join(folder, 'readiness-today.png') });

    await openApp(page, host.appUrl, '/calendar');
    const heading = page.getByTestId(`night-${today}`);
    await heading.waitFor();
    await expect.poll(() => heading.getAttribute('data-short')).toBe('true');
    const title = await heading.locator('.tomari-night-free').getAttribute('title');
    expect(title).toContain('緊急用にすぐ使えるベッド 3床（目標 4床）');
    expect(title).toContain('使用中：佐藤 花子（緊急-1）');
    // The stay leaves after two nights: the third night is whole again (when it is on screen).
    const third = page.getByTestId(`night-${addDays(today, 2)}`);
    if ((await third.count()) > 0) expect(await third.getAttribute('data-short')).toBe('false');
    expect(await page.getByTestId('short-nights-alert').textContent()).toContain('目標（4床）');
    await page.screenshot({ path: join(folder, 'readiness-calendar.png') });
  });

  it('prints the sheet from the emergency dialog once the admission is saved', async () => {
    await newPage();
    await openApp(page, host.appUrl, '/today');
    const intake = new EmergencyIntake(page);
    await intake.openWithShortcut();
    await intake.pickPerson('すずき', '鈴木 一郎');
    await intake.plan.waitFor();
    await intake.commit();
    await intake.done.waitFor();
    await intake.dialog.getByTestId('emergency-print-sheet').click();
    await page.waitForURL(new RegExp(`#/print/emergency-sheet/${facility.ichiro.id}`));
    const sheet = page.getByTestId('emergency-sheet');
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('鈴木 一郎');
    // His record lacks contacts and care notes: the sheet says so in red.
    expect(await sheet.getByTestId('sheet-gaps').textContent()).toContain('緊急連絡先');
  });
});
