import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { SessionScreens } from './support/session-page';
import { TonightPage } from './support/training-page';

const MANAGER = { name: '施設 長子', kana: 'しせつ ながこ', secret: 'kanri-2026' };
const CARER = { name: '夜勤 桜', kana: 'やきん さくら', secret: 'sakura-night' };

/**
 * Staff accounts end to end, through the browser host as a facility starts using Tomari: the
 * first run makes the manager, the manager adds a carer, the carer signs in on the shared PC,
 * records tonight's training (signed with her name, on screen and on paper), is refused the bed
 * settings (the tab is hidden, the address refused, the API answers 403), the screen locks when
 * idle without losing her typing, and five wrong passwords lock her account.
 */
describe.skipIf(!chromiumPath)('staff accounts', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let screens: SessionScreens;
  const today = todayInJapan(new Date());
  const errors: string[] = [];
  let managerSession: string;
  let carerId: string;
  let stayId: string;

  beforeAll(async () => {
    host = await startHostProcess({ signedIn: false });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => errors.push(e.message));
    // The idle lock's clock: it runs as usual until a test moves it on.
    await page.clock.install();
    screens = new SessionScreens(page);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  /** The screens before sign-in meet WCAG 2.1 AA as the others do (accessibility.e2e.ts). */
  async function expectAccessible(): Promise<void> {
    const found = blocking(await axeViolations(page));
    expect(found, describeViolations(found)).toEqual([]);
  }

  async function asManager<T>(channel: string, input: unknown): Promise<T> {
    const { body } = await host.callAs(managerSession, channel, input);
    if (!body.ok) throw new Error(`${channel}: ${body.error?.code}`);
    return body.value as T;
  }

  it('asks for the first manager on first run, with no default account', async () => {
    const before = await host.callAs(undefined, 'session.staffNames', {});
    expect(before.body).toEqual({ ok: true, value: [] });
    // Nothing else answers without a session.
    const refused = await host.callAs(undefined, 'beds.list', {});
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });

    await page.goto(host.appUrl);
    await screens.firstRun.waitFor();
    await expectAccessible();
    await screens.setUpManager(MANAGER.name, MANAGER.kana, MANAGER.secret);
    // Signed in, the first manager is shown the new folder's recovery key, once.
    const recovery = page.getByRole('dialog', { name: '回復キー（必ず控えてください）' });
    await recovery.waitFor();
    await recovery.getByRole('checkbox').check();
    await recovery.getByRole('button', { name: '閉じる' }).click();
    await recovery.waitFor({ state: 'hidden' });
    expect(await screens.staffMenu.textContent()).toContain(MANAGER.name);
    expect(await screens.tabNames()).toEqual(expect.arrayContaining(['職員台帳', '監査ログ']));
    // Only once: a second first-run is refused.
    const again = await host.callAs(undefined, 'staff.setup', {
      name: '別人',
      nameKana: 'べつじん',
      secret: 'another-one',
    });
    expect(again.body.error?.code).toBe('ALREADY_SET_UP');

    const [manager] = (await host.callAs(undefined, 'session.staffNames', {})).body.value as {
      id: string;
    }[];
    managerSession = await host.signIn(manager!.id, MANAGER.secret);
  });

  it('lets the manager add a carer in the staff register', async () => {
    await page.getByRole('tab', { name: '職員台帳' }).click();
    await page.getByTestId('staff-register').waitFor();
    await page.getByTestId('staff-add').click();
    await page.getByTestId('staff-name').fill(CARER.name);
    await page.getByTestId('staff-nameKana').fill(CARER.kana);
    await page.getByTestId('staff-role-care').check();
    const qualifications = page.getByTestId('staff-qualifications').getByRole('combobox');
    await qualifications.fill('介護福祉士');
    await page.getByRole('option', { name: '介護福祉士', exact: true }).click();
    // A short secret is refused in words before anything is sent.
    await page.getByTestId('staff-secret').fill('abc');
    await page.getByTestId('staff-secretAgain').fill('abc');
    await page.getByTestId('staff-save').click();
    await page.getByText('パスワードは6文字以上にしてください。').waitFor();
    await page.getByTestId('staff-secret').fill(CARER.secret);
    await page.getByTestId('staff-secretAgain').fill(CARER.secret);
    await page.getByTestId('staff-save').click();
    await page.getByTestId('staff-form').waitFor({ state: 'detached' });

    const staff = await asManager<{ id: string; name: string; roles: string[] }[]>(
      'staff.list',
      {},
    );
    const carer = staff.find((s) => s.name === CARER.name);
    expect(carer).toMatchObject({ roles: ['care'], qualifications: ['介護福祉士'], active: true });
    carerId = carer!.id;
    await page.getByTestId(`staff-row-${carerId}`).waitFor();

    // A guest for tonight, booked by the manager (the carer may not book).
    const bed = await asManager<{ id: string }>('beds.save', {
      bed: {
        name: 'A-1',
        allows: ['experience'],
        emergencyReserved: false,
        order: 1,
        active: true,
      },
    });
    const person = await asManager<{ id: string }>('persons.save', {
      person: {
        familyName: '佐藤',
        givenName: '花子',
        familyNameKana: 'さとう',
        givenNameKana: 'はなこ',
        registration: { status: 'registered' },
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
      },
    });
    const stay = await asManager<{ id: string }>('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: today,
        end: addDays(today, 3),
        status: 'confirmed',
      },
    });
    stayId = stay.id;
    await asManager('stays.checkIn', { id: stayId });
  });

  it('lets the carer sign in by her reading, and refuses her the bed settings', async () => {
    await screens.switchUser();
    await expectAccessible();
    await screens.pickName('ヤキン', carerId);
    await screens.submitSecret(CARER.secret);
    await screens.staffMenu.waitFor();
    expect(await screens.staffMenu.textContent()).toContain(CARER.name);

    // The UI hides what her role cannot use...
    const tabs = await screens.tabNames();
    expect(tabs).toContain('本日の記録');
    for (const hidden of ['ベッド設定', '施設設定', '職員台帳', '監査ログ']) {
      expect(tabs).not.toContain(hidden);
    }
    // ...says so when the address is typed...
    await page.goto(`${host.url}#/beds`);
    const refusal = page.getByTestId('role-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('この操作をする権限がありません。');
    expect(await refusal.textContent()).toContain('支援員');
    // ...and the services refuse it whatever the screen shows.
    const carerSession = await host.signIn(carerId, CARER.secret);
    const answer = await host.callAs(carerSession, 'beds.save', {
      bed: {
        name: 'B-1',
        allows: ['experience'],
        emergencyReserved: false,
        order: 2,
        active: true,
      },
    });
    expect(answer).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'FORBIDDEN' } },
    });
    await host.callAs(carerSession, 'session.signOut', {});
  });

  it('signs tonight’s record with the carer’s name, on screen and on the printed summary', async () => {
    const tonight = new TonightPage(page);
    await page.goto(`${host.url}#/records`);
    await page.getByTestId('tonight-page').waitFor();
    const cooking = tonight.entry(stayId, 'cooking');
    await cooking.record({ activity: 'ご飯を炊いた', level: 2, note: '計量を見守った' });
    await expect
      .poll(() => cooking.root.getByTestId(`${cooking.testId}-author`).textContent())
      .toBe(`記録者：${CARER.name}`);

    await page.goto(`${host.url}#/print/summary/${stayId}`);
    await page.locator('[data-print-ready]').waitFor();
    expect(await page.getByTestId('summary-authors').textContent()).toBe(`記録者：${CARER.name}`);
    const [record] = await asManager<{ recordedBy?: string }[]>('training.list', { stayId });
    expect(record?.recordedBy).toBe(carerId);
  });

  it('locks the screen when idle: the data is hidden, the typing kept for her return', async () => {
    const tonight = new TonightPage(page);
    await page.goto(`${host.url}#/records`);
    await page.getByTestId('tonight-page').waitFor();
    const laundry = tonight.entry(stayId, 'laundry');
    await laundry.note.fill('まだ保存していないメモ');

    // Ten minutes without a touch (the facility's setting, 10 by default).
    await page.clock.fastForward('10:05');
    await screens.lockScreen.waitFor();
    expect(await page.getByTestId('tonight-page').isVisible()).toBe(false);
    expect(await page.getByText('佐藤').first().isVisible()).toBe(false);
    await page.getByTestId('lock-unsaved').waitFor();
    await expectAccessible();
    // The session ended with the lock (the screen signed out: it is in the trail).
    await expect
      .poll(
        async () =>
          (
            await asManager<{ action: string }[]>('audit.list', {
              from: today,
              to: today,
              staffId: carerId,
              action: 'session.signOut',
            })
          ).length,
      )
      .toBeGreaterThan(0);

    await screens.submitSecret(CARER.secret);
    await screens.lockScreen.waitFor({ state: 'detached' });
    expect(await laundry.note.inputValue()).toBe('まだ保存していないメモ');
  });

  it('locks an account after five wrong passwords, even against the right one, in Japanese', async () => {
    await screens.switchUser();
    await screens.pickName('さくら', carerId);
    for (let i = 1; i <= 4; i++) {
      await screens.submitSecret(`wrong-${i}-secret`);
      await expect.poll(() => screens.error.textContent()).toContain(`あと${5 - i}回間違えると`);
    }
    await screens.submitSecret('wrong-5-secret');
    await expect.poll(() => screens.error.textContent()).toContain('までサインインできません');
    await screens.submitSecret(CARER.secret);
    await expect.poll(() => screens.error.textContent()).toContain('までサインインできません');
    expect(await screens.staffMenu.count()).toBe(0);

    // The lock is in the audit trail, by name, and the manager sees it in the viewer.
    await page.getByTestId('sign-in-back').click();
    await screens.pickName('しせつ', (await managerId())!);
    await screens.submitSecret(MANAGER.secret);
    await page.getByRole('tab', { name: '監査ログ' }).click();
    await page.getByTestId('audit-page').waitFor();
    const locked = page.locator('[data-testid="audit-row"][data-action="staff.locked"]');
    await locked.first().waitFor();
    expect(await page.getByTestId('audit-table').textContent()).toContain(CARER.name);

    const download = page.waitForEvent('download');
    await page.getByTestId('audit-csv').click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toContain('staff.locked');
    expect(text).not.toContain(CARER.secret);
    expect(errors).toEqual([]);
  });

  async function managerId(): Promise<string | undefined> {
    const names = (await host.callAs(undefined, 'session.staffNames', {})).body.value as {
      id: string;
      name: string;
    }[];
    return names.find((s) => s.name === MANAGER.name)?.id;
  }
});
