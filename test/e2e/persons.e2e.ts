import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedInput } from '../../main/testing/builders';
import { ageAt } from '../../shared/domain/age';
import { addDays, fiscalYearOf, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { PersonRecordPage, PersonsListPage } from './support/persons-page';

/**
 * A person's whole path through the register: registered through the screens, given an
 * authorisation, booked, and their experience usage moving on the record screen.
 */
describe.skipIf(!chromiumPath)('the person register over the browser host', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('registers a person, adds an authorisation, books them and shows usage move', async () => {
    const today = todayInJapan(new Date());
    const fiscalYear = fiscalYearOf(today);
    const bed = await host.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });

    const list = new PersonsListPage(page);
    await list.open(host.appUrl);
    await list.startNewPerson();
    const record = new PersonRecordPage(page);

    // A certificate number of 9 digits is refused under its field, and nothing is created.
    await record.fillIdentity({
      familyName: '試験',
      givenName: '花子',
      familyNameKana: 'しけん',
      givenNameKana: 'はなこ',
      birthDate: '1990-04-01',
      certificateNumber: '123456789',
    });
    await expect
      .poll(() => page.getByText('受給者証番号は10桁の数字で入力してください。').count())
      .toBeGreaterThan(0);
    expect(await host.call<unknown[]>('persons.search', {})).toEqual([]);

    await page.getByTestId('identity-certificateNumber').fill('1234567890');
    await page.getByRole('button', { name: '登録する' }).click();
    const personId = await record.personIdFromUrl();
    expect(await page.getByTestId('person-record-name').textContent()).toBe('試験 花子');

    await record.setRegistered(addDays(today, -1));
    await expect.poll(() => record.section('registration').getByRole('status').count()).toBe(1);
    await record.addAuthorization(addDays(today, -30), addDays(today, 300), 10);
    await expect.poll(() => record.authorization(0).getAttribute('data-state')).toBe('current');
    await expect
      .poll(
        async () =>
          (await host.call<{ authorizations: unknown[] }>('persons.get', { id: personId }))
            .authorizations.length,
      )
      .toBe(1);

    expect(await record.usageText(fiscalYear).textContent()).toContain('利用 0日・予約 0日');

    // The booking step goes through the API: the calendar's booking dialog is another screen.
    const start = addDays(today, 3);
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: { personId, bedId: bed.id, kind: 'experience', start, end: addDays(start, 2) },
    });
    // The booking came from outside this page, so load the record afresh.
    await page.reload();
    await record.stayRow(stay.id).waitFor();
    const expectedFiscalYearDays = [0, 1, 2].filter(
      (d) => fiscalYearOf(addDays(start, d)) === fiscalYear,
    ).length;
    expect(await record.usageText(fiscalYear).textContent()).toContain(
      `予約 ${expectedFiscalYearDays}日`,
    );

    // Found by its reading typed in half-width katakana.
    await list.open(host.appUrl);
    await list.search('ｼｹﾝ');
    await list.row(personId).waitFor();
    expect(errors).toEqual([]);
  });

  it('warns of a possible duplicate and registers it once confirmed', async () => {
    const list = new PersonsListPage(page);
    await list.open(host.appUrl);
    await list.startNewPerson();
    const record = new PersonRecordPage(page);
    await record.fillIdentity({
      familyName: '試験',
      givenName: '花子',
      familyNameKana: 'しけん',
      givenNameKana: 'はなこ',
      birthDate: '1990-04-01',
    });
    await page.getByTestId('confirm-duplicate').waitFor();
    expect(await host.call<unknown[]>('persons.search', {})).toHaveLength(1);
    await page.getByTestId('confirm-duplicate').click();
    await record.personIdFromUrl();
    expect(await host.call<unknown[]>('persons.search', {})).toHaveLength(2);
  });

  it('takes numbers typed in full-width, shows the birth date in 和暦, and warns of a certificate another person has', async () => {
    const list = new PersonsListPage(page);
    await list.open(host.appUrl);
    await list.startNewPerson();
    const record = new PersonRecordPage(page);
    await record.fillIdentity({
      familyName: '見本',
      givenName: '次郎',
      familyNameKana: 'みほん',
      givenNameKana: 'じろう',
      birthDate: '1990-04-15',
      // The first test's number, typed with the IME on and grouped with a full-width minus.
      certificateNumber: '１２３４５－６７８９０',
    });
    await page.getByTestId('confirm-duplicate').waitFor();
    expect(await record.section('identity').getByRole('alert').textContent()).toContain(
      'この受給者証番号はほかの利用者にも登録されています。',
    );
    expect(await page.getByTestId('save-warning-persons').textContent()).toContain('試験 花子');
    expect(await host.call<unknown[]>('persons.search', { text: '見本' })).toEqual([]);

    await page.getByTestId('confirm-duplicate').click();
    const personId = await record.personIdFromUrl();
    const saved = await host.call<{ certificateNumber?: string }>('persons.get', { id: personId });
    expect(saved.certificateNumber).toBe('1234567890');
    // The record shows the number as stored, and the birth date with its era and the age.
    expect(await page.getByTestId('identity-certificateNumber').inputValue()).toBe('1234567890');
    const age = ageAt('1990-04-15', todayInJapan(new Date()));
    expect(await record.section('identity').textContent()).toContain(`平成2年4月15日・${age}歳`);
    expect(errors).toEqual([]);
  });

  it('stores a phone number typed in full-width digits and hyphens as ASCII', async () => {
    const personId = (await host.call<{ id: string }[]>('persons.search', { text: '見本' }))[0]!.id;
    const record = new PersonRecordPage(page);
    await record.open(host.appUrl, personId);
    const section = record.section('consultation');
    await section.getByTestId('consultation-office').fill('ひだまり相談支援センター');
    await section.getByTestId('consultation-phone').fill('０３ー１２３４ー５６７８');
    await section.getByRole('button', { name: '保存' }).click();
    await section.getByText('保存しました').waitFor();
    const saved = await host.call<{ consultationOffice?: { phone?: string } }>('persons.get', {
      id: personId,
    });
    expect(saved.consultationOffice?.phone).toBe('03-1234-5678');
    expect(await section.getByTestId('consultation-phone').inputValue()).toBe('03-1234-5678');
  });
});
