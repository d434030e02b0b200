/**
 * Prints, for every screen and dialog (test/e2e/support/a11y-screens.ts), in Japanese and in
 * English at 1366×768, how many WCAG 2.1 A/AA violations axe-core finds by impact, on the demo
 * facility. `--detail` lists the rules and elements too.
 * `npm run a11y` (builds first), or after a build `tsx test/tools/a11y-audit.ts [--detail]`.
 */
import { todayInJapan } from '../../shared/domain/dates';
import { axeViolations, describeViolations, type AxeViolation } from '../e2e/support/axe';
import { A11Y_PLACES, seedA11yFacility } from '../e2e/support/a11y-screens';
import { openApp } from '../e2e/support/pages';
import { runScreenshots } from './screenshot-run';

const count = (vs: AxeViolation[], impact: AxeViolation['impact']) =>
  vs.filter((v) => v.impact === impact).reduce((n, v) => n + v.targets.length, 0);

runScreenshots(async ({ host, browser }) => {
  const facility = await seedA11yFacility(host, todayInJapan(new Date()));
  console.log(
    '| place | language | critical | serious | moderate | minor | serious/critical rules |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const language of ['ja', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(
      (lang) => window.localStorage.setItem('tomari.language', lang),
      language,
    );
    await openApp(page, host.appUrl, '/calendar');
    for (const place of A11Y_PLACES) {
      await place.show(page, facility).catch(async (error: unknown) => {
        await page.screenshot({ path: '/tmp/a11y-audit-failed.png' });
        throw error;
      });
      const found = await axeViolations(page);
      const heavy = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      console.log(
        `| ${place.name} | ${language} | ${count(found, 'critical')} | ${count(found, 'serious')} | ${count(found, 'moderate')} | ${count(found, 'minor')} | ${heavy.map((v) => `${v.rule}×${v.targets.length}`).join(', ')} |`,
      );
      if (process.argv.includes('--detail') && found.length > 0) {
        console.error(`--- ${place.name} (${language})\n${describeViolations(found)}`);
      }
      // Dialogs and panels are left with Escape, as a person would.
      await page.keyboard.press('Escape');
    }
    await page.close();
  }
});
