/**
 * Screenshots of the training screens on the demo data (fictional people): tonight's records
 * (docs/tonight.png), a stay record view (docs/stay-record.png) and the printed stay summary,
 * made as an A4 PDF in Chromium and rendered with pdftoppm (docs/summary.png).
 * Run after a build: `tsx test/tools/screenshot-training.ts`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { addDays, stayDates, todayInJapan } from '../../shared/domain/dates';
import { DEFAULT_TRAINING_DOMAINS } from '../../shared/domain/schemas';
import { openApp } from '../e2e/support/pages';
import { openPrintRoute } from '../e2e/support/training-page';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

const run = promisify(execFile);
interface Guest {
  stay: { id: string; start: string; end: string; kind: string };
}

const GOALS = {
  cooking: '一人でご飯を炊き、味噌汁を作る',
  laundry: '洗濯から干すまでを一人で行う',
  money: '一週間の予算の中で買い物をする',
  medication: '服薬カレンダーから自分で取り出す',
};

runScreenshots(async ({ host, browser }) => {
  const folder = await mkdtemp(join(tmpdir(), 'tomari-shots-'));
  try {
    const today = todayInJapan(new Date());
    await seedDemo((channel, input) => host.call(channel, input), today);
    const guests = await host.call<Guest[]>('training.tonight', {});
    const experience = guests.filter((g) => g.stay.kind === 'experience');
    for (const guest of experience) {
      await host.call('stays.saveGoals', { stayId: guest.stay.id, goals: GOALS });
      // The care staff's 職員所見, signed; the summary prints it (never the booking メモ).
      await host.call('stays.saveComment', {
        stayId: guest.stay.id,
        text: '声かけがあれば手順を思い出せる場面が増えた。\n金銭管理は小遣い帳を自分でつけられるようになった。',
        author: '山本',
      });
    }
    // The guest who has been here longest gets a few evenings of records, improving.
    const longest = [...experience].sort((a, b) => (a.stay.start < b.stay.start ? -1 : 1))[0];
    if (!longest) throw new Error('the demo data has no experience guest tonight');
    const days = stayDates(longest.stay.start, longest.stay.end);
    for (const [i, date] of days.entries()) {
      if (date >= today && date !== today) break;
      for (const [j, domain] of DEFAULT_TRAINING_DOMAINS.entries()) {
        if (date === today && j > 1) continue;
        const level = Math.max(1, Math.min(4, 4 - Math.floor((i + j) / 2))) as 1 | 2 | 3 | 4;
        await host.call('training.save', {
          record: {
            stayId: longest.stay.id,
            date,
            domain,
            level,
            activity: [
              'ご飯を炊いた',
              '洗濯物を干した',
              '居室を掃除した',
              '小遣い帳をつけた',
              '時間どおりに服薬した',
            ][j],
            ...(j === 0 ? { note: '計量は声かけで確認した' } : {}),
            staffId: '鈴木',
          },
        });
      }
    }

    // The care-staff PC and the office laptops: 1366×768.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openApp(page, host.appUrl, '/records');
    await page.getByTestId('tonight-page').waitFor();
    await page.getByTestId('staff-name').fill('鈴木');
    await page.getByTestId('staff-name').blur();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(DOCS, 'tonight.png') });

    await openApp(page, host.appUrl, `/stays/${longest.stay.id}/record`);
    await page.getByTestId('stay-record-page').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(DOCS, 'stay-record.png'), fullPage: true });

    const printPage = await browser.newPage();
    await openPrintRoute(printPage, host.appUrl, `/print/summary/${longest.stay.id}`);
    await printPage.emulateMedia({ media: 'print' });
    const pdf = join(folder, 'summary.pdf');
    await writeFile(pdf, await printPage.pdf({ format: 'A4', printBackground: true }));
    await run('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, resolve(DOCS, 'summary')]);
    console.log(
      `saved docs/tonight.png, docs/stay-record.png, docs/summary.png (${today}, ${addDays(today, 1)})`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
