/**
 * The week board on the demo facility (fictional people), saved as docs/week-board.png; one of
 * the scripts `npm run screenshots` runs to draw the README's pictures again.
 */
import { resolve } from 'node:path';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

runScreenshots(async ({ host, browser }) => {
  await seedDemo((channel, input) => host.call(channel, input), todayInJapan(new Date()));
  const page = await browser.newPage({
    viewport: { width: 1400, height: 800 },
    deviceScaleFactor: 1,
  });
  await openApp(page, host.appUrl, '/week');
  await page.getByTestId('week-board').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'week-board.png'), fullPage: true });
  console.log(
    `saved ${resolve(DOCS, 'week-board.png')} (today ${todayInJapan(new Date())}, next week ${addDays(todayInJapan(new Date()), 7)})`,
  );
});
