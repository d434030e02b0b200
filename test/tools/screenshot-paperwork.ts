/**
 * Screenshots of the month's paperwork on the demo data (fictional people): a guest's
 * 実績記録票 printed as an A4 PDF in Chromium and rendered with pdftoppm (docs/records.png), the
 * reports screen (docs/reports.png: occupancy with its chart; docs/reports-records.png: the
 * month's records with the check before printing) and a stay's daily facts on the stay panel
 * (docs/stay-days.png). Run after a build: `tsx test/tools/screenshot-paperwork.ts`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { addDays, stayDates, todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { openPrintRoute } from '../e2e/support/training-page';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

const run = promisify(execFile);

interface StayValue {
  id: string;
  personId: string;
  kind: string;
  start: string;
  end: string;
  status: string;
}

runScreenshots(async ({ host, browser }) => {
  const folder = await mkdtemp(join(tmpdir(), 'tomari-shots-'));
  try {
    const today = todayInJapan(new Date());
    const month = today.slice(0, 7);
    await seedDemo((channel, input) => host.call(channel, input), today);
    await host.call('settings.update', { providerNumber: '1410000001' });
    const stays = await host.call<StayValue[]>('stays.list', {
      from: addDays(today, -10),
      to: addDays(today, 10),
    });
    const emergency = stays.find((s) => s.kind === 'emergency' && s.status === 'in_stay');
    if (emergency) {
      await host.call('emergency.saveIntake', {
        stayId: emergency.id,
        intake: {
          reason: 'carer-illness',
          requestedAt: `${emergency.start}T21:40:00+09:00`,
          requestedBy: 'consultation-office',
          requestedByText: 'さくら相談支援センター',
        },
      });
    }
    // The guest with the most days this month: a family drove them in, and one evening they ate
    // at their day activity's event.
    const inMonth = (s: StayValue) => stayDates(s.start, s.end).filter((d) => d.startsWith(month));
    const guest = stays
      .filter((s) => s.kind === 'experience' && s.status === 'in_stay')
      .sort((a, b) => inMonth(b).length - inMonth(a).length)[0];
    if (!guest) throw new Error('the demo data has no experience guest in the facility');
    const [first, second] = inMonth(guest);
    await host.call('stays.saveDay', {
      stayId: guest.id,
      date: first,
      meals: { breakfast: false, lunch: false, dinner: true },
      pickup: false,
      dropoff: false,
      note: '家族の送り',
    });
    if (second) {
      await host.call('stays.saveDay', {
        stayId: guest.id,
        date: second,
        meals: { breakfast: true, lunch: false, dinner: false },
        pickup: false,
        dropoff: false,
        daytimeElsewhere: true,
        note: '夕食は日中活動先の行事で',
      });
    }

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await openApp(page, host.appUrl, `/reports?tab=records&month=${month}`);
    await page.getByTestId('record-checks').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(DOCS, 'reports-records.png'), fullPage: true });

    await openApp(page, host.appUrl, '/reports?tab=occupancy');
    await page.getByTestId('occupancy-table').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(DOCS, 'reports.png'), fullPage: true });

    await openApp(page, host.appUrl, '/today');
    await page.getByTestId(`desk-open-${guest.id}`).first().click();
    await page.getByTestId('stay-days').locator('li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByTestId('stay-days').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(DOCS, 'stay-days.png') });

    const printPage = await browser.newPage();
    await openPrintRoute(printPage, host.appUrl, `/print/records/${month}/${guest.personId}`);
    await printPage.emulateMedia({ media: 'print' });
    const pdf = join(folder, 'records.pdf');
    await writeFile(pdf, await printPage.pdf({ format: 'A4', printBackground: true }));
    await run('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, resolve(DOCS, 'records')]);

    await openPrintRoute(
      printPage,
      host.appUrl,
      `/print/year/${Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0)}`,
    );
    const year = join(folder, 'year.pdf');
    await writeFile(year, await printPage.pdf({ format: 'A4', printBackground: true }));
    await run('pdftoppm', ['-png', '-r', '60', '-singlefile', year, resolve(DOCS, 'year-report')]);
    console.log(
      'saved docs/records.png, docs/reports.png, docs/reports-records.png, docs/stay-days.png, docs/year-report.png',
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
