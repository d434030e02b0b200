/**
 * Saves docs/person-record.png and docs/person-register.png: the register and the record of a
 * fictional person on the demo facility, for looking at the screens.
 */
import { resolve } from 'node:path';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { openApp } from '../e2e/support/pages';
import { seedDemo } from './demo-data';
import { DOCS, runScreenshots } from './screenshot-run';

runScreenshots(async ({ host, browser }) => {
  const today = todayInJapan(new Date());
  await seedDemo((channel, input) => host.call(channel, input), today);
  // A bed of its own, so the sample stays never meet the demo bookings.
  const bed = await host.call<{ id: string }>('beds.save', {
    bed: {
      name: '105-A',
      room: '105号室',
      allows: ['emergency', 'experience'],
      emergencyReserved: false,
      order: 99,
      active: true,
    },
  });
  const person = await host.call<{ id: string }>('persons.save', {
    person: {
      familyName: '見本',
      givenName: '陽子',
      familyNameKana: 'みほん',
      givenNameKana: 'ようこ',
      birthDate: '1975-09-14',
      sex: 'female',
      certificateNumber: '1300000042',
      supportCategory: '4',
      registration: {
        status: 'registered',
        registeredOn: addDays(today, -400),
        registeredBy: '受付 木村',
        reviewDate: addDays(today, 200),
      },
      authorizations: [
        { from: addDays(today, -400), to: addDays(today, -41), daysPerMonth: 7 },
        { from: addDays(today, -40), to: addDays(today, 40), daysPerMonth: 10 },
      ],
      consultationOffice: {
        office: 'ひだまり相談支援センター',
        coordinator: '相談 太郎',
        phone: '03-0000-1234',
      },
      contacts: [
        { name: '見本 一郎', relation: '父', phone: '090-0000-0001', note: '夜間はこちら' },
        { name: '見本 二葉', relation: '姉', phone: '(045)000-0002' },
      ],
      careNotes: {
        medications: '朝夕食後に服薬（本人管理の練習中）',
        allergies: 'そば・えび',
        diet: '刻み食',
        mobility: '階段は手すりを使えば自立',
        flags: ['allergy', 'diet_restriction'],
      },
    },
  });
  for (const [from, to] of [
    [3, 6],
    [-20, -16],
  ] as const) {
    await host.call('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: addDays(today, from),
        end: addDays(today, to),
        status: 'confirmed',
      },
    });
  }
  // The desk's 1366×768 laptop; the record is taller than the window, so the page is shot whole.
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
  await openApp(page, host.appUrl, `/persons/${person.id}`);
  await page.reload();
  await page.getByTestId('person-stays').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(DOCS, 'person-record.png'), fullPage: true });
  await openApp(page, host.appUrl, '/persons');
  await page.reload();
  await page.getByTestId('person-list').waitFor();
  await page.screenshot({ path: resolve(DOCS, 'person-register.png'), fullPage: true });
  console.log(`saved ${resolve(DOCS, 'person-record.png')} and person-register.png`);
});
