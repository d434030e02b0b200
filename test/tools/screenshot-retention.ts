/**
 * 保存期間 on the demo facility (fictional people): two former guests whose last stay ended more
 * than five years ago, the list and the erase's confirmation with the name typed, saved as
 * docs/retention.png and docs/retention-erase.png; one of the scripts `npm run screenshots` runs.
 */
import { resolve } from 'node:path';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

/** Former guests: name, reading, and how many days past five years their last stay ended. */
const FORMER: [string, string, string, string, number][] = [
  ['北村', '陽介', 'きたむら', 'ようすけ', 40],
  ['南', '千尋', 'みなみ', 'ちひろ', 200],
];

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemo((channel, input) => host.call(channel, input), today);
  const beds = await host.call<{ id: string; allows: string[] }[]>('beds.list', {});
  const bed = beds.find((b) => b.allows.includes('experience'))!;
  for (const [familyName, givenName, familyNameKana, givenNameKana, past] of FORMER) {
    const end = addDays(today, -(5 * 366 + past));
    const start = addDays(end, -2);
    const person = await host.call<{ id: string }>('persons.save', {
      person: {
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        registration: { status: 'registered', registeredOn: addDays(start, -30) },
        authorizations: [{ from: addDays(start, -30), to: end, daysPerMonth: 10 }],
      },
    });
    const draft = { personId: person.id, bedId: bed.id, kind: 'experience', start, end };
    await host.call('stays.create', { draft });
  }

  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  });
  await openApp(page, host.appUrl, '/retention');
  await page.getByTestId('retention-page').locator('table').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'retention.png') });

  await page.getByRole('button', { name: '北村 陽介さんの記録を消去する' }).click();
  await page.getByTestId('erase-preview').waitFor();
  await page.getByTestId('erase-confirm-name').fill('北村 陽介');
  await page.getByTestId('erase-confirm-name').blur();
  // The dialog fades in and the button's colour leaves its disabled grey (MUI's transitions).
  await page.waitForTimeout(800);
  await page.screenshot({ path: resolve(DOCS, 'retention-erase.png') });
  console.log('saved docs/retention.png, docs/retention-erase.png');
});
