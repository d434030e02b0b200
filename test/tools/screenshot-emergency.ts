/**
 * Screenshots of the front desk for docs/: the emergency intake showing a plan that bumps a
 * booking (docs/emergency-plan.png), today at the desk (docs/today.png) and the stay panel of a
 * guest in the facility (docs/stay-panel.png). Demo data only
 * (fictional people). Run after a build: `tsx test/tools/screenshot-emergency.ts`.
 */
import { resolve } from 'node:path';
import { todayInJapan } from '../../shared/domain/dates';
import { EmergencyIntake } from '../e2e/support/desk-page';
import { openApp } from '../e2e/support/pages';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

runScreenshots(async ({ host, browser }) => {
  await seedDemo((channel, input) => host.call(channel, input), todayInJapan(new Date()));
  // Someone the facility has never registered: the plan warns and flags the follow-up.
  await host.call('persons.save', {
    person: {
      familyName: '木村',
      givenName: 'さくら',
      familyNameKana: 'きむら',
      givenNameKana: 'さくら',
      registration: { status: 'pending' },
      authorizations: [],
    },
  });
  // 本日の受付 as the desk sees it on a 1366×768 laptop, after checking the first arrival in.
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  });
  await openApp(page, host.appUrl, '/today');
  await page.getByTestId('desk-arrivalsToday').waitFor();
  await page.waitForLoadState('networkidle');
  const arrival = page.locator('[data-testid^="check-in-"]').first();
  if ((await arrival.count()) > 0) {
    await arrival.click();
    await page.getByTestId('desk-notice').waitFor();
    // The pointer off the row and the snackbar's entrance over, as a person would see it.
    await page.mouse.move(0, 300);
    await page.waitForTimeout(600);
  }
  await page.screenshot({ path: resolve(DOCS, 'today.png') });

  // The stay panel of a guest who arrived today: record a departure (today's would be a
  // same-day one), or move the planned one while they stay; the check-in can still be undone.
  await page.reload();
  await page.getByTestId('desk-arrivalsToday').waitFor();
  await page
    .locator('[data-testid="desk-arrivalsToday"] [data-testid^="desk-open-"]')
    .first()
    .click();
  await page.getByTestId('stay-panel').waitFor();
  await page.getByTestId('stay-history-entry').first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: resolve(DOCS, 'stay-panel.png') });

  // A fresh page for the intake.
  await page.reload();
  await page.getByTestId('desk-arrivalsToday').waitFor();
  const intake = new EmergencyIntake(page);
  await intake.openWithShortcut();
  await intake.pickPerson('きむら', '木村 さくら');
  await intake.plan.locator('[data-testid^="plan-displaced-"]').first().waitFor();
  await intake.fillIntake('carer-illness', 'consultation-office');
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="emergency-commit"]')?.hasAttribute('disabled'),
  );
  // Let the button's colour transition from disabled finish.
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(DOCS, 'emergency-plan.png') });
  console.log(`saved docs/today.png, docs/stay-panel.png and docs/emergency-plan.png`);
});
