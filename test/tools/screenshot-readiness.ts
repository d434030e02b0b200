/**
 * Saves the pictures of docs/readiness.md on the demo facility (fictional people), at the desk's
 * 1366×768: 本日の受付's readiness line, the calendar header's short nights, the register's list
 * of registrations with gaps, and the 緊急時情報シート printed to a PDF and drawn to a PNG with
 * poppler's pdftoppm.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { openPrintRoute } from '../e2e/support/training-page';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

const run = promisify(execFile);

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemo((channel, input) => host.call(channel, input), today);
  // A registered person whose record would work at 2 a.m. but for a review date gone by.
  const [first] = await host.call<{ id: string }[]>('persons.search', { text: '佐藤' });
  const sato = await host.call<Record<string, unknown>>('persons.get', { id: first!.id });
  await host.call('persons.save', {
    person: {
      ...sato,
      birthDate: '1992-07-03',
      supportCategory: '4',
      registration: {
        status: 'registered',
        registeredOn: addDays(today, -400),
        reviewDate: addDays(today, -10),
      },
      consultationOffice: {
        office: 'ひだまり相談支援センター',
        coordinator: '相談 太郎',
        phone: '03-0000-1234',
      },
      contacts: [
        { name: '佐藤 良子', relation: '母', phone: '090-0000-0001', note: '夜間はこちら' },
        { name: '佐藤 健', relation: '兄', phone: '080-0000-0002' },
      ],
      careNotes: {
        medications: '朝夕食後 バルプロ酸200mg（本人管理の練習中）',
        allergies: 'そば',
        behaviourSupport: '大きな音が苦手。落ち着くまで個室で待つ',
        diet: '刻み食',
        mobility: '階段は手すりを使えば自立',
        flags: ['allergy', 'diet_restriction'],
        nothingToNote: ['medicalCare'],
      },
    },
  });

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
  await openApp(page, host.appUrl, '/today');
  await page.reload();
  await page.getByTestId('readiness-line').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'readiness-today.png') });

  await openApp(page, host.appUrl, '/calendar');
  await page.reload();
  await page.locator('.tomari-night[data-short="true"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  // The tooltip of the first short night, as the desk sees it on hover.
  await page.locator('.tomari-night[data-short="true"] .tomari-night-free').first().hover();
  await page.screenshot({ path: resolve(DOCS, 'readiness-calendar.png') });

  await openApp(page, host.appUrl, '/persons');
  await page.reload();
  await page.getByTestId('readiness-tab').click();
  await page.getByTestId('readiness-list').waitFor();
  // The tab's underline slides over to the tab chosen.
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(DOCS, 'readiness-register.png') });

  const folder = await mkdtemp(join(tmpdir(), 'tomari-sheet-'));
  try {
    await openPrintRoute(page, host.appUrl, `/print/emergency-sheet/${first!.id}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(folder, 'sheet.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await run('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(DOCS, 'emergency-sheet')]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  console.log(
    `saved readiness-today.png, readiness-calendar.png, readiness-register.png and emergency-sheet.png in ${DOCS}`,
  );
});
