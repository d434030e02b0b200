/**
 * Screenshots of the front desk for docs/: the emergency intake showing a plan that bumps a
 * booking (docs/emergency-plan.png) and today at the desk (docs/today.png). Demo data only
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
  const page = await browser.newPage({
    viewport: { width: 1280, height: 1100 },
    deviceScaleFactor: 1,
  });
  await openApp(page, host.appUrl, '/today');
  await page.getByTestId('desk-arrivalsToday').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'today.png'), fullPage: true });

  const intake = new EmergencyIntake(page);
  await intake.openWithShortcut();
  await intake.pickPerson('きむら', '木村 さくら');
  await intake.plan.locator('[data-testid^="plan-displaced-"]').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="emergency-commit"]')?.hasAttribute('disabled'),
  );
  // Let the button's colour transition from disabled finish.
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(DOCS, 'emergency-plan.png') });
  console.log(`saved docs/today.png and docs/emergency-plan.png`);
});
