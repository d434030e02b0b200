/**
 * The staff screens on the demo facility (fictional people): the sign-in list, the staff
 * register and the audit viewer, saved as docs/sign-in.png, docs/staff-register.png and
 * docs/audit.png; one of the scripts `npm run screenshots` runs.
 */
import { resolve } from 'node:path';
import { todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

/** The demo staff beside the manager: name, reading, roles, qualifications, a first password. */
const STAFF: [string, string, string[], string[]][] = [
  ['受付 一郎', 'うけつけ いちろう', ['desk'], []],
  ['夜勤 桜', 'やきん さくら', ['care'], ['介護福祉士', '喀痰吸引等研修 第3号']],
  ['支援 大地', 'しえん だいち', ['care', 'desk'], ['強度行動障害支援者養成研修 基礎研修']],
  ['看護 恵', 'かんご めぐみ', ['care'], ['看護師']],
];

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemo((channel, input) => host.call(channel, input), today);
  const ids: string[] = [];
  for (const [name, nameKana, roles, qualifications] of STAFF) {
    const staff = await host.call<{ id: string }>('staff.save', {
      staff: { name, nameKana, roles, qualifications, active: true },
      secret: `demo-${nameKana.length}-password`,
    });
    ids.push(staff.id);
  }
  // A carer who left: retired, still the author of what she wrote.
  await host.call('staff.save', {
    staff: {
      name: '退職 和美',
      nameKana: 'たいしょく かずみ',
      roles: ['care'],
      qualifications: ['介護福祉士'],
      active: false,
    },
    secret: 'retired-password',
  });
  // Three wrong passwords for the night carer: the audit viewer shows them.
  for (let i = 0; i < 3; i++) {
    await host.callAs(undefined, 'session.signIn', { staffId: ids[1], secret: `wrong-${i}-pass` });
  }

  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  });
  await openApp(page, host.appUrl, '/staff');
  await page.getByTestId('staff-register').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'staff-register.png') });

  await openApp(page, host.appUrl, '/audit');
  await page.getByTestId('audit-row').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'audit.png') });

  // The shared PC's sign-in: the list, narrowed by a reading typed in kana.
  await page.getByTestId('staff-menu').click();
  await page.getByTestId('staff-menu-switch').click();
  await page.getByTestId('sign-in-search').fill('やきん');
  await page.getByTestId(`sign-in-name-${ids[1]}`).click();
  await page.getByTestId('sign-in-secret').fill('wrong-secret');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('sign-in-error').waitFor();
  await page.screenshot({ path: resolve(DOCS, 'sign-in.png') });
  console.log(
    `saved ${['staff-register', 'audit', 'sign-in'].map((n) => `docs/${n}.png`).join(', ')}`,
  );
});
